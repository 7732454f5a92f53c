package dev.fleetscope.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Fleetscope's logging: one rotating file ({@code fleetscope.log}, then {@code fleetscope.1.log} …
 * {@code fleetscope.5.log}, 10 MB each) in the folder the launcher names, secrets hidden, nothing
 * ever on the terminal (a terminal gets the command line's one-line reasons). Logback finds this
 * class through its {@link Configurator} service when something first logs, so a start that logs
 * nothing pays nothing for it.
 */
public final class LogFile extends ContextAwareBase implements Configurator {
  /** The folder of the log file; without it nothing is written. */
  public static final String FOLDER_PROPERTY = "fleetscope.log.dir";

  /** The level: error, warn, info, debug or trace. */
  public static final String LEVEL_PROPERTY = "fleetscope.log.level";

  static final String FILE_NAME = "fleetscope.log";
  static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX,UTC} %-5level [%thread] %logger{36} - %msg%n%ex";

  /** Where the launcher wants the log, and how much of it; read when logging starts. */
  public static void use(Path folder, String level) {
    System.setProperty(FOLDER_PROPERTY, folder.toString());
    System.setProperty(LEVEL_PROPERTY, level);
  }

  /**
   * Sends what JavaFX and the JDK log through {@code java.util.logging} to the same file instead of
   * the terminal (their default handler writes to stderr).
   */
  public static void captureJavaUtilLogging() {
    java.util.logging.LogManager.getLogManager().reset();
    SLF4JBridgeHandler.install();
  }

  /** Changes the level of a running process ({@code --log-level}). */
  public static void level(String level) {
    System.setProperty(LEVEL_PROPERTY, level);
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(parse(level));
  }

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    // Logback's own complaints (an unwritable folder) go nowhere rather than to the terminal.
    context.getStatusManager().add(new NopStatusListener());
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(parse(System.getProperty(LEVEL_PROPERTY, "info")));
    String folder = System.getProperty(FOLDER_PROPERTY);
    if (folder != null && !folder.isBlank()) {
      root.addAppender(appender(context, Path.of(folder)));
    }
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  static Level parse(String level) {
    return Level.toLevel(level.toUpperCase(Locale.ROOT), Level.INFO);
  }

  private static RollingFileAppender<ILoggingEvent> appender(LoggerContext context, Path folder) {
    PatternLayout layout = new PatternLayout();
    layout.setContext(context);
    layout.getInstanceConverterMap().put("msg", MaskedMessage::new);
    layout.getInstanceConverterMap().put("ex", MaskedThrowable::new);
    layout.setPattern(PATTERN);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();

    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName("file");
    appender.setFile(folder.resolve(FILE_NAME).toString());
    appender.setEncoder(encoder);
    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(context);
    rolling.setParent(appender);
    rolling.setFileNamePattern(folder.resolve("fleetscope.%i.log").toString());
    rolling.setMinIndex(1);
    rolling.setMaxIndex(5);
    rolling.start();
    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(context);
    trigger.setMaxFileSize(FileSize.valueOf("10MB"));
    trigger.start();
    appender.setRollingPolicy(rolling);
    appender.setTriggeringPolicy(trigger);
    appender.start();
    return appender;
  }
}
