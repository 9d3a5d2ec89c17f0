package app.parley.tenancy.model;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** Command: put a new business on the platform. */
public record RegisterTenant(String slug, String name, Currency currency, ZoneId timezone, Locale locale,
                             TenantProfile profile, WorkingHours workingHours, WhatsAppConnection whatsapp, AiSettings ai) {}
