// One-click unsubscribe for mail programs (RFC 8058): the List-Unsubscribe header of a reminder points here.
export { POST } from "@/server/notifications/one-click";
