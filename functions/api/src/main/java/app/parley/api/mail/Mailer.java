package app.parley.api.mail;

/** Port: sends mail (password resets, invitations). */
public interface Mailer {
    void send(Mail mail);
}
