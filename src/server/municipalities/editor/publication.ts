import "server-only";
import { db } from "@/server/db";
import { recordAudit } from "@/server/audit/record";
import type { Principal } from "@/server/auth/principal";
import { DomainError } from "@/server/errors";
import { UNPUBLISH_REASON_MAX, validateProfile } from "@/lib/profile-schema";
import { authorizeOnProfile, type ProfileEditErrorCode } from "./subject";
import { getEditableProfile } from "./editable";

/**
 * Publishes a profile in the catalogue, or takes it out; audited either way, taking out with the
 * editor's optional `reason` (the profile's history is its audit trail). Only a complete
 * profile, one that would pass the editor's validation as stored, is published ("incomplete").
 */
export async function setProfilePublished(principal: Principal | null, slug: string, published: boolean, reason: string | null = null): Promise<void> {
  const { id } = await authorizeOnProfile(principal, "profile.publish", slug);
  if (published) {
    // Every role that may publish may also edit, so this read is allowed to whoever got here.
    const stored = await getEditableProfile(principal, slug);
    if (!validateProfile(stored.values).ok) throw new DomainError<ProfileEditErrorCode>("incomplete");
  }
  const status = published ? "PUBLISHED" : "DRAFT";
  await db().$transaction(async (tx) => {
    // Raw, so that updated_at (the editor form's version) stays: publishing must not make an
    // editor's open form stale and lose their unsaved changes.
    await tx.$executeRaw`UPDATE municipality SET status = ${status}::"ProfileStatus" WHERE id = ${id}`;
    await recordAudit(tx, {
      actorUserId: principal!.userId,
      action: "profile.publish",
      objectType: "municipality",
      objectId: String(id),
      outcome: "ALLOWED",
      detail: !published && reason ? { status, reason: reason.slice(0, UNPUBLISH_REASON_MAX) } : { status },
    });
  });
}

/**
 * The municipality says its profile is current: sets the confirmation date the catalogue's
 * freshness mark reads. Only its own editors may (not coordinators: see src/lib/permissions.ts).
 */
export async function confirmProfileCurrent(principal: Principal | null, slug: string, now = new Date()): Promise<Date> {
  const { id } = await authorizeOnProfile(principal, "profile.confirm", slug);
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE municipality SET profile_confirmed_at = ${now} WHERE id = ${id}`;
    await recordAudit(tx, { actorUserId: principal!.userId, action: "profile.confirm", objectType: "municipality", objectId: String(id), outcome: "ALLOWED" });
  });
  return now;
}
