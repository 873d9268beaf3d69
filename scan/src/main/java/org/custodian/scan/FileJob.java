package org.custodian.scan;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One entry the walk found, handed to a worker.
 *
 * @param walkAttributes what the walk saw (not following links); the worker looks again before opening
 * @param fsType         the file store type of its directory ({@code ext4}, {@code cifs} ...)
 * @param walkError      set when the walk could not look at it (an unreadable directory): recorded, not read;
 *                       {@code walkAttributes} is then null
 */
record FileJob(Path path, String root, BasicFileAttributes walkAttributes, String fsType, java.io.IOException walkError) {
}
