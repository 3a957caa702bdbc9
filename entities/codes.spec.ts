import { describe, expect, it } from "vitest";
import {
  creditCodeCheckChar,
  creditCodeProblem,
  idCheckChar,
  idGender,
  idNumberProblem,
  isMobile,
  isPhone,
  normaliseMobile,
  orgCodeOf,
} from "./codes";
import { maskIdentifier } from "./masks";

describe("GB 32100 统一社会信用代码", () => {
  it("accepts the glossary's examples", () => {
    expect(creditCodeProblem("914403001922038216")).toBeNull();
    expect(creditCodeProblem("91440300708461136T")).toBeNull();
    expect(creditCodeCheckChar("91440300708461136")).toBe("T");
  });
  it("rejects a wrong check character, bad letters and bad lengths", () => {
    expect(creditCodeProblem("914403001922038217")).toBe("check");
    expect(creditCodeProblem("91440300708461136I")).toBe("format"); // I is not in the alphabet
    expect(creditCodeProblem("9144030019220382")).toBe("format");
    expect(creditCodeProblem("914403001922O38216")).toBe("format"); // letter O in the digit part
  });
  it("derives the organisation code from characters 9–17", () => {
    expect(orgCodeOf("91440300708461136T")).toBe("708461136");
  });
});

describe("GB 11643 居民身份证号码", () => {
  // 11010519491231002X is the standard's own worked example.
  it("computes the check character, accepting lower-case x", () => {
    expect(idCheckChar("11010519491231002")).toBe("X");
    expect(idNumberProblem("11010519491231002X", "2025-01-01")).toBeNull();
    expect(idNumberProblem("11010519491231002x", "2025-01-01")).toBeNull();
  });
  it("rejects a wrong check digit, an impossible or future birth date, and bad formats", () => {
    expect(idNumberProblem("110105194912310021", "2025-01-01")).toBe("check");
    expect(idNumberProblem("110105194902300028", "2025-01-01")).toBe("birthDate"); // 30 February
    expect(idNumberProblem("110105203001010028", "2025-01-01")).toBe("birthDate"); // in the future
    expect(idNumberProblem("11010519491231002", "2025-01-01")).toBe("format");
    expect(idNumberProblem("1101051949123100XX", "2025-01-01")).toBe("format");
  });
  it("reads the gender from the 17th digit", () => {
    expect(idGender("11010519491231002X")).toBe("female");
    expect(idGender("110105194912310011")).toBe("male");
  });
});

describe("phones and masking", () => {
  it("normalises and checks mobiles", () => {
    expect(normaliseMobile("+86 138-0013-8000")).toBe("13800138000");
    expect(isMobile("0086 13800138000")).toBe(true);
    expect(isMobile("12800138000")).toBe(false);
    expect(isMobile("1380013800")).toBe(false);
  });
  it("accepts landlines with area codes", () => {
    expect(isPhone("027-87236658")).toBe(true);
    expect(isPhone("87236658")).toBe(false);
  });
  it("masks ID numbers and mobiles", () => {
    expect(maskIdentifier("420102198001011234")).toBe("420***********1234");
    expect(maskIdentifier("13800138000")).toBe("138****8000");
  });
});
