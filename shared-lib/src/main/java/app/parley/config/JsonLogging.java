package app.parley.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Structured logs: Logback's own {@link JsonEncoder} writes one JSON object per event on standard
 * output (timestamp, level, logger, formatted message, MDC, SLF4J key-value pairs, the exception as
 * fields), which CloudWatch Logs Insights reads as fields. Set up in code, found by Logback through
 * {@code META-INF/services}, so no XML is parsed and no component is loaded by name at cold start.
 * Our loggers log at {@code LOG_LEVEL} (default INFO); libraries at WARN. No personal data goes in
 * platform logs.
 */
public final class JsonLogging extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMessage(false);
        encoder.setWithFormattedMessage(true);
        encoder.setWithArguments(false);
        encoder.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("json");
        console.setEncoder(encoder);
        console.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        context.getLogger("app.parley").setLevel(Level.toLevel(System.getenv("LOG_LEVEL"), Level.INFO));
        // DynamoDB Local (tests, local stack) logs every cancelled transaction with a stack trace at WARN.
        context.getLogger("software.amazon.dynamodb").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
