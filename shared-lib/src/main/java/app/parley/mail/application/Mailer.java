package app.parley.mail.application;

import app.parley.mail.model.Mail;

/** Port: sends mail (password resets, invitations, staff notifications). */
public interface Mailer {
    void send(Mail mail);
}
