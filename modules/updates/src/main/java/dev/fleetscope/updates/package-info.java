/**
 * The update check's core: a release feed in the GitHub releases JSON format, semantic versions
 * compared by SemVer 2.0 precedence, and a once-a-day throttle. It only tells whether a newer
 * release exists and where its page is; it never downloads or installs anything.
 */
package dev.fleetscope.updates;
