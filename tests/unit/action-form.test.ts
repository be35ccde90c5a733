import { describe, expect, it } from "vitest";
import { isWellFormedActionForm } from "@/lib/action-form";

const ID = "78b1d5eb34a093bf9636ca8c82b7b11d0a8a665927";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

describe("isWellFormedActionForm", () => {
  it("accepts what React writes for a form with bound arguments, and for one without", () => {
    expect(
      isWellFormedActionForm(
        form({
          $ACTION_REF_3: "",
          "$ACTION_3:0": JSON.stringify({ id: ID, bound: "$@1" }),
          "$ACTION_3:1": JSON.stringify(["C4C-VX5SND", "approve", { status: "idle" }, "$$ escaped"]),
          $ACTION_KEY: "ke0e730d613e51a8badff05b5eda8a233",
          note: "$1 is not a reference in an ordinary field",
        }),
      ),
    ).toBe(true);
    expect(isWellFormedActionForm(form({ [`$ACTION_ID_${ID}`]: "", municipality: "lviv" }))).toBe(true);
    expect(isWellFormedActionForm(form({ q: "no action at all" }))).toBe(true);
  });

  it("refuses broken JSON, references a plain form never makes, and odd ids", () => {
    const bound = (value: string) => form({ $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: ID, bound: "$@1" }), "$ACTION_1:1": value });
    for (const bad of ["[", "null", "{}", '"$@1"', '["$F1"]', '["$Q1","$W2"]', '[{"then":"$@1"}]', JSON.stringify([[[[[[[[[["deep"]]]]]]]]]])]) {
      expect(isWellFormedActionForm(bound(bad)), bad).toBe(false);
    }
    expect(isWellFormedActionForm(form({ "$ACTION_1:0": JSON.stringify({ id: "../x", bound: "$@1" }) }))).toBe(false);
    expect(isWellFormedActionForm(form({ "$ACTION_1:0": JSON.stringify({ id: ID, bound: "$@2", extra: 1 }) }))).toBe(false);
    expect(isWellFormedActionForm(form({ "$ACTION_1:2": "[]" }))).toBe(false);
    expect(isWellFormedActionForm(form({ "$ACTION_ID_not-hex": "" }))).toBe(false);
  });
});
