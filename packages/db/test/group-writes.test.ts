import { describe, expect, it } from "vitest";
import { groupWrites } from "../src/group-writes";

/** A write that records each batch it gets and answers each item doubled, after `gate` opens. */
function recordingWrite() {
  const batches: number[][] = [];
  let open: () => void = () => {};
  let gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const write = async (items: number[]) => {
    batches.push(items);
    await gate;
    if (items.includes(13)) throw new Error("thirteen is refused");
    return items.map((item) => item * 2);
  };
  return {
    batches,
    write,
    release() {
      open();
      gate = Promise.resolve();
    },
  };
}

describe("groupWrites", () => {
  it("writes the items of one tick together, and those that arrive meanwhile in the next statement", async () => {
    const recording = recordingWrite();
    const add = groupWrites(recording.write);
    const first = [add(1), add(2)];
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = [add(3), add(4), add(5)];
    recording.release();
    expect(await Promise.all([...first, ...second])).toEqual([2, 4, 6, 8, 10]);
    expect(recording.batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it("tries each item of a failed batch alone: only the bad one fails", async () => {
    const recording = recordingWrite();
    recording.release();
    const add = groupWrites(recording.write);
    const results = await Promise.allSettled([add(12), add(13), add(14)]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(results[0]).toEqual({ status: "fulfilled", value: 24 });
    expect(recording.batches).toEqual([[12, 13, 14], [12], [13], [14]]);
  });

  it("keeps writing after a failure, and an idle writer starts at once", async () => {
    const recording = recordingWrite();
    recording.release();
    const add = groupWrites(recording.write);
    await expect(add(13)).rejects.toThrow("thirteen is refused");
    expect(await add(7)).toBe(14);
    expect(recording.batches).toEqual([[13], [7]]);
  });

  it("refuses a write that answers for fewer items than it got", async () => {
    const add = groupWrites(async (items: number[]) => items.slice(1));
    await expect(add(1)).rejects.toThrow("returned 0 results for 1 items");
  });
});
