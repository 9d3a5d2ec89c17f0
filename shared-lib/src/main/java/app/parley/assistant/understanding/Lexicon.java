package app.parley.assistant.understanding;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cue phrases per signal, in English, Portuguese and Spanish, folded (no accents, lower case). */
final class Lexicon {
    private Lexicon() {}

    static final Map<Signal, List<List<String>>> CUES = new EnumMap<>(Map.ofEntries(
            cues(Signal.GREETING, "hi", "hello", "hey", "hiya", "good morning", "good afternoon", "good evening",
                    "ola", "oi", "bom dia", "boa tarde", "boa noite", "hola", "buenos dias", "buenas tardes",
                    "buenas", "namaste", "greetings"),
            cues(Signal.PRICE, "how much", "price", "pricing", "cost", "charge", "rate", "fee", "quote",
                    "quanto", "preco", "valor", "custa", "cuanto", "precio", "cuesta", "tarifa", "expensive"),
            cues(Signal.LISTING, "what services", "which services", "what do you offer", "what do you sell",
                    "what do you do", "what can i get", "menu", "catalog", "catalogue", "price list", "your services",
                    "all services", "list of services", "servicos", "o que voces", "que servicos", "cardapio",
                    "lista de precos", "que servicios", "que ofrecen", "servicios", "lista de precios", "que hacen"),
            cues(Signal.ORDER, "book", "booking", "appointment", "order", "reserve", "schedule", "id like",
                    "i would like", "i want", "i need", "buy", "purchase", "send", "get me", "sign me up",
                    "agendar", "marcar", "quero", "gostaria", "encomendar", "encomenda", "pedido", "pedir",
                    "comprar", "reservar", "horario", "cita", "quiero", "me gustaria", "encargar", "necesito",
                    "preciso"),
            cues(Signal.COMPLAINT, "complaint", "complain", "terrible", "awful", "horrible", "worst", "disgusting",
                    "unacceptable", "disappointed", "wilted", "dead flowers", "damaged", "broken", "refund",
                    "money back", "still hurts", "still hurting", "never arrived", "didnt arrive", "did not arrive",
                    "arrived late", "rude", "bad service", "not happy", "unhappy", "reclamacao", "reclamar",
                    "pessimo", "horrivel", "reembolso", "devolucao", "dinheiro de volta", "estragado", "queja",
                    "quejarme", "pesimo", "devolucion", "mal servicio", "stale", "mouldy", "moldy", "wrong order",
                    "ainda doi", "todavia duele"),
            cues(Signal.HUMAN, "real person", "human", "talk to someone", "speak to someone", "talk person",
                    "speak person", "talk manager", "speak manager", "talk owner", "speak owner", "talk agent",
                    "speak agent", "talk staff", "live agent", "representative", "customer service",
                    "atendente", "falar com alguem", "falar pessoa", "falar gerente", "falar humano",
                    "pessoa de verdade", "pessoa real", "humano", "hablar con alguien", "hablar persona",
                    "hablar gerente", "hablar humano", "persona real", "agente"),
            cues(Signal.DISCOUNT, "discount", "coupon", "promo", "promotion", "voucher", "deal", "cheaper",
                    "lower price", "best price", "special price", "price match", "match that price", "match the price", "match it", "beat that price", "same price as", "too expensive", "too much",
                    "reduce", "free delivery", "free shipping", "for free", "get free", "free of charge", "negotiate", "bargain", "half price", "rebate",
                    "desconto", "cupom", "promocao", "mais barato", "muito caro", "abaixar", "gratis", "de graca",
                    "descuento", "cupon", "promocion", "mas barato", "muy caro", "rebaja", "oferta",
                    "got it for", "paid only", "you said", "approved a discount", "owner approved"),
            cues(Signal.CONFIRM_DEMAND, "confirm", "confirmed", "confirmation", "say yes", "guarantee",
                    "is it booked", "lock it in", "finalize", "finalise", "approve it", "confirma", "confirmar",
                    "confirmado", "garante", "diga sim", "confirme", "di que si", "asegura", "confirmalo"),
            cues(Signal.INJECTION, "ignore previous", "ignore all", "ignore instructions", "ignore the above",
                    "disregard", "forget your instructions", "previous instructions", "system prompt",
                    "you are now", "act as", "pretend", "admin override", "override", "developer mode",
                    "jailbreak", "new price", "new catalog", "new price list", "set price", "set the price",
                    "change the price", "change price", "update the price", "price is now", "ignore o", "ignore as",
                    "instrucoes anteriores", "ignora las", "instrucciones anteriores", "novo preco", "nuevo precio",
                    "assistant must", "as the owner", "sudo"),
            cues(Signal.ABUSE, "idiot", "stupid", "dumb", "fuck", "fucking", "shit", "bitch", "asshole", "moron",
                    "bastard", "idiota", "burro", "merda", "porra", "caralho", "otario", "imbecil", "estupido",
                    "mierda", "pendejo", "cabron", "puta"),
            cues(Signal.OFF_TOPIC, "weather", "poem", "joke", "bitcoin", "crypto", "football", "politics",
                    "president", "homework", "recipe", "write code", "capital of", "piada", "poema", "chiste",
                    "clima", "futebol", "futbol"),
            cues(Signal.OFFER_QUESTION, "do you do", "do you have", "do you sell", "do you offer", "do you make",
                    "can you do", "can i get", "voces fazem", "voces tem", "vendem", "tem", "fazem", "hacen",
                    "tienen", "venden", "ofrecen", "haceis", "teneis", "vendeis")));

    /** Every word of every cue: such a word is meant as itself, never as a typo of another cue word. */
    static final Set<String> CUE_WORDS = CUES.values().stream()
            .flatMap(List::stream).flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Signals whose cues may have filler words inside ("talk to a real person", "set the whitening price"). */
    static final Set<Signal> GAPPED = Set.of(Signal.HUMAN, Signal.INJECTION, Signal.OFFER_QUESTION);

    /** Offerings of other kinds of business: named by a customer, they point at an unknown service. */
    static final List<String> OTHER_OFFERINGS = List.of(
            "implant", "braces", "aligner", "invisalign", "veneer", "denture", "botox", "filler", "extraction",
            "xray", "massage", "facial", "haircut", "manicure", "pedicure", "waxing", "tattoo", "piercing", "spa",
            "chocolate", "cake", "cupcake", "balloon", "wreath", "funeral", "teddy", "wine", "champagne", "hamper",
            "pizza", "burger", "sushi", "coffee", "laptop", "plumbing", "taxi", "tulip", "sunflower",
            "lily", "lilies", "cactus", "succulent", "croissant", "sourdough", "makeup", "keratin", "eyelash",
            "lash", "nails", "acrylic", "physiotherapy", "physio", "acupuncture", "laser", "mri", "surgery",
            "vaccine", "glasses", "lenses", "haircolor", "dye", "implante", "aparelho", "clareamento",
            "bolo", "chocolates", "coroa", "massagem", "depilacao", "tatuagem", "unhas", "pastel", "tarta",
            "ortodoncia", "brackets", "acupuntura", "depilacion", "carillas", "masaje", "tatuaje", "unas", "cirugia", "vacuna", "gafas",
            "sandwich", "cookie", "macaron", "bagel", "pie", "tooth extraction", "teeth straightening");

    private static Map.Entry<Signal, List<List<String>>> cues(Signal signal, String... phrases) {
        return Map.entry(signal, Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList());
    }
}
