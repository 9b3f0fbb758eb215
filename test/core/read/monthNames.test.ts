import { monthOfWord } from "../../../src/core/read/monthNames";

describe("monthOfWord", () => {
  it.each([
    ["Jan", 1], ["january", 1], ["янв", 1], ["января", 1], ["ene", 1], ["enero", 1],
    ["feb", 2], ["фев", 2], ["mar", 3], ["марта", 3], ["abr", 4], ["Apr", 4],
    ["may", 5], ["май", 5], ["мая", 5], ["jun", 6], ["июнь", 6], ["июля", 7], ["jul", 7],
    ["aug", 8], ["ago", 8], ["авг", 8], ["sep", 9], ["Sept.", 9], ["сент", 9], ["set", 9],
    ["oct", 10], ["окт", 10], ["nov", 11], ["нояб", 11], ["dec", 12], ["dic", 12], ["дек", 12],
  ])("reads %p as month %p", (word, month) => {
    expect(monthOfWord(word)).toBe(month);
  });

  it.each([["ja"], ["foo"], ["total"], [""]])("reads %p as no month", (word) => {
    expect(monthOfWord(word)).toBeNull();
  });
});
