package org.custodian.store.findings;

/**
 * Why a file (or a part of it) was not read whole, or something worth knowing about how it was read.
 *
 * @param code   stable machine code ({@code vanished}, {@code not-a-regular-file}, {@code depth-limit} ...)
 * @param path   the part concerned ({@code a.zip!/b.docx}) or the file's own path
 * @param reason one line for a person, never with content from the file
 */
public record Reason(String code, String path, String reason) {
}
