package org.custodian.extract;

/**
 * Why a part was not read whole.
 *
 * @param path   display path of the part concerned
 * @param code   stable machine code (e.g. {@code depth-limit}, {@code size-limit}, {@code corrupt}, {@code encrypted})
 * @param reason one line for a person, with no content from the file
 */
public record PartProblem(String path, String code, String reason) {
}
