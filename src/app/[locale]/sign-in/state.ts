/** What the sign-in form shows after a submission. */
export type SignInState =
  | { status: "idle" }
  | { status: "invalid"; email: string }
  | { status: "failed"; email: string }
  | { status: "limited"; email: string; minutes: number };
