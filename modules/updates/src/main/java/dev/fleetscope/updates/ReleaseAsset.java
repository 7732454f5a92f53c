package dev.fleetscope.updates;

import java.net.URI;

/**
 * A file attached to a release (an installer), as the feed lists it.
 *
 * @param sizeBytes the file's size in bytes
 */
public record ReleaseAsset(String name, URI downloadUrl, long sizeBytes, String contentType) {}
