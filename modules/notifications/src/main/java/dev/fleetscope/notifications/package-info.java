/**
 * Telling people what needs attention: webhooks to Slack (incoming webhooks), Microsoft Teams
 * (workflows' "When a Teams webhook request is received", Adaptive Cards) and any service that
 * takes a JSON body, with a test send, retries with backoff and jitter within a deadline, and a
 * message when an alert resolves; and a rate limiter for the console's desktop notifications.
 *
 * <p>Webhook URLs and tokens are secrets: kept as a file path or an environment variable's name
 * ({@link dev.fleetscope.notifications.SecretReference}), read at send time, never written to
 * {@code notifications.json} nor into a message. In {@code --read-only} and {@code --wall} sessions
 * nothing is sent unless a webhook is enabled for that mode, enforced by an OkHttp interceptor
 * ({@link dev.fleetscope.notifications.send.SendPolicyInterceptor}) that refuses before a byte
 * leaves the process.
 */
package dev.fleetscope.notifications;
