package org.custodian.extract;

/**
 * One piece of text inside an object.
 *
 * @param path      display path: the object's own path for its body, {@code outer.zip!/inner.docx} for members
 * @param mediaType detected media type of the part ({@code text/plain}, {@code application/pdf} ...)
 * @param depth     0 for the object itself, 1 for its members, 2 for members of members ...
 */
public record TextPart(String path, String mediaType, int depth) {
}
