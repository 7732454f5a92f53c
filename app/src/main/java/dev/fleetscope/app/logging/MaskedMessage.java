package dev.fleetscope.app.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %msg} with its secrets hidden ({@link SecretMask}). */
public final class MaskedMessage extends MessageConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return SecretMask.mask(super.convert(event));
  }
}
