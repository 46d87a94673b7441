import { describe, expect, it } from "vitest";
import { parseDigestArgs } from "../../src/digest/command.js";
import { formatLocal } from "../../src/digest/format.js";
import { nextDue } from "../../src/digest/schedule.js";
import { parseTimeOfDay, parseWhen } from "../../src/digest/when.js";
import { fixedOffsetZone, resolveZone, zoneLabel } from "../../src/digest/zone.js";

const hhmm = (input: string) => {
  const t = parseTimeOfDay(input);
  return t && `${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;
};

describe("times people type", () => {
  it.each([
    ["8am", "08:00"],
    ["8 am", "08:00"],
    ["8AM", "08:00"],
    ["8 a.m.", "08:00"],
    ["8.30", "08:30"],
    ["8:30", "08:30"],
    ["08:30", "08:30"],
    ["8h30", "08:30"],
    ["8h", "08:00"],
    ["0830", "08:30"],
    ["830", "08:30"],
    ["2030", "20:30"],
    ["20:00", "20:00"],
    ["8:30 pm", "20:30"],
    ["8:30pm", "20:30"],
    ["8.30 p.m.", "20:30"],
    ["8 pm", "20:00"],
    ["12am", "00:00"],
    ["12 pm", "12:00"],
    ["12:15am", "00:15"],
    ["8", "08:00"],
    ["0", "00:00"],
    ["noon", "12:00"],
    ["Midnight", "00:00"],
  ])("%s → %s", (input, expected) => {
    expect(hhmm(input)).toBe(expected);
  });

  it.each([
    "25:00",
    "12:60",
    "24:00",
    "13pm",
    "0am",
    "8:5",
    "8:300",
    "12345",
    "am",
    "pm",
    "eight",
    "constructor",
    "8:30 xm",
    "",
  ])("%j is not a time", (input) => {
    expect(parseTimeOfDay(input)).toBeUndefined();
  });
});

describe("zones people know", () => {
  it.each([
    ["Asia/Almaty", "Asia/Almaty"],
    ["asia/almaty", "Asia/Almaty"],
    ["america/new york", "America/New_York"],
    ["utc", "UTC"],
    ["Almaty", "Asia/Almaty"],
    ["almaty", "Asia/Almaty"],
    ["London", "Europe/London"],
    ["New York", "America/New_York"],
    ["São Paulo", "America/Sao_Paulo"],
    ["Sao Paulo", "America/Sao_Paulo"],
    ["Kazakhstan", "Asia/Almaty"],
    ["United States", "America/New_York"],
    ["USA", "America/New_York"],
    ["Japan", "Asia/Tokyo"],
    ["India", "Asia/Kolkata"],
    ["Nepal", "Asia/Kathmandu"],
    ["Kolkata", "Asia/Kolkata"],
    ["GMT+5", "+05:00"],
    ["gmt+5", "+05:00"],
    ["UTC-03:30", "-03:30"],
    ["UTC - 3", "-03:00"],
    ["+05:30", "+05:30"],
    ["+0545", "+05:45"],
    ["UTC+14", "+14:00"],
    ["GMT+0", "UTC"],
  ])("%s → %s", (input, expected) => {
    expect(resolveZone(input)).toBe(expected);
  });

  it("an ambiguous city is the most populous one", () => {
    // London, Ontario and London, Kentucky are smaller
    expect(resolveZone("London")).toBe("Europe/London");
    expect(resolveZone("Sydney")).toBe("Australia/Sydney");
  });

  it.each([
    "Mars",
    "Nowhere/City",
    "UTC+15",
    "UTC-12:30",
    "+00:30",
    "+05:20",
    "LA",
    "",
    "x".repeat(80),
    "<script>",
  ])("%j is not a zone", (input) => {
    expect(resolveZone(input)).toBeUndefined();
  });

  it("a fixed offset works with the schedule and shows as UTC±HH:MM", () => {
    const zone = fixedOffsetZone("UTC+5:30")!;
    expect(zone).toBe("+05:30");
    expect(zoneLabel(zone)).toBe("UTC+05:30");
    expect(zoneLabel("Asia/Almaty")).toBe("Asia/Almaty");
    const next = nextDue(Date.parse("2024-06-03T00:00:00Z"), { hour: 8, minute: 0 }, zone);
    expect(new Date(next.at).toISOString()).toBe("2024-06-03T02:30:00.000Z");
    expect(formatLocal(next.at, zone)).toBe("Mon 3 June 2024 at 08:00");
    const west = nextDue(
      Date.parse("2024-06-03T00:00:00Z"),
      { hour: 8, minute: 0 },
      fixedOffsetZone("GMT-3")!,
    );
    expect(new Date(west.at).toISOString()).toBe("2024-06-03T11:00:00.000Z");
  });
});

describe("time and zone together", () => {
  it.each([
    ["8am Almaty", { time: "08:00", zone: "Asia/Almaty" }],
    ["Almaty 8am", { time: "08:00", zone: "Asia/Almaty" }],
    ["8:30 pm New York", { time: "20:30", zone: "America/New_York" }],
    ["New York 8:30 pm", { time: "20:30", zone: "America/New_York" }],
    ["at 8 pm in London", { time: "20:00", zone: "Europe/London" }],
    ["0830 UTC+5", { time: "08:30", zone: "+05:00" }],
    ["8.30 UTC -3", { time: "08:30", zone: "-03:00" }],
    ["noon Kazakhstan", { time: "12:00", zone: "Asia/Almaty" }],
    ["20:00", { time: "20:00" }],
    ["Europe/London", { zone: "Europe/London" }],
    ["", {}],
  ])("%j", (input, expected) => {
    expect(parseWhen(input)).toEqual(expected);
  });

  it("says what is wrong, with examples", () => {
    expect(parseWhen("25:00")).toEqual({
      error: "25:00 is not a time of day; try 8am, 8:30 pm, 0830 or 20:00.",
    });
    expect(parseWhen("25:00 London")).toEqual({
      error: "25:00 is not a time of day; try 8am, 8:30 pm, 0830 or 20:00.",
    });
    expect(parseWhen("8am Atlantis")).toEqual({
      error:
        "Atlantis is not a time zone I know; try a city (Almaty, London), a country (Kazakhstan), an IANA name (Europe/London) or an offset (UTC+5, GMT-03:30).",
    });
    expect(parseWhen("8am 9pm")).toEqual({
      error: "Give one time and one time zone, e.g. /digest on 8am London.",
    });
  });

  it("/digest on uses it; stored as HH:MM and a zone", () => {
    expect(parseDigestArgs("on 8am Almaty")).toEqual({
      kind: "on",
      time: "08:00",
      zone: "Asia/Almaty",
    });
    expect(parseDigestArgs("8:30 pm London")).toEqual({
      kind: "on",
      time: "20:30",
      zone: "Europe/London",
    });
    expect(parseDigestArgs("on GMT+5")).toEqual({ kind: "on", zone: "+05:00" });
    expect(parseDigestArgs("on 9am")).toEqual({ kind: "on", time: "09:00" });
    expect(parseDigestArgs("on 8am Atlantis")).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/^Atlantis is not a time zone I know; try a city/),
    });
  });
});
