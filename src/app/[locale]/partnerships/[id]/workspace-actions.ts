"use server";
// Every function exported here is a public endpoint: anyone can call it with any arguments.

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { textForm } from "@/lib/forms/parse";
import { projectForm } from "@/lib/workspace/project-form";
import type { DocumentFormState, ProjectFormState } from "@/lib/workspace/forms";
import { runAction } from "@/server/forms/run-action";
import { uploadDocument } from "@/server/workspace/documents";
import { createProject, updateProject } from "@/server/workspace/projects";

const idOf = (value: unknown) => (typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : 0);

/**
 * A member who writes uploads a document, or a new version of one, to the partnership's workspace
 * (fields `document`, `kind`, `title`, file `file`). Others are refused (audited); a file the rules
 * refuse is shown at its field and nothing is stored.
 */
export async function uploadDocumentAction(partnershipId: number, _previous: DocumentFormState, form: FormData): Promise<DocumentFormState> {
  const locale = await getLocale();
  const id = idOf(partnershipId);
  // The file is read apart from the text fields: a refused form sends the text back, never the file.
  const file = form instanceof FormData ? form.get("file") : null;
  return runAction(form, {
    name: "workspace document",
    form: textForm("document", "kind", "title"),
    call: (principal, input) => uploadDocument(principal, id, { ...input, file }),
    expected: { forbidden: "forbidden", notFound: "notFound" },
    done: () => {
      revalidatePath(`/${locale}/partnerships/${id}`);
      redirect(`/${locale}/partnerships/${id}?workspace=uploaded#documents`);
    },
  });
}

/** A member who writes records a joint project of the partnership. */
export async function createProjectAction(partnershipId: number, _previous: ProjectFormState, form: FormData): Promise<ProjectFormState> {
  const locale = await getLocale();
  const id = idOf(partnershipId);
  return runAction(form, {
    name: "joint project",
    form: projectForm,
    call: (principal, input) => createProject(principal, id, input),
    expected: { forbidden: "forbidden", notFound: "notFound" },
    done: () => {
      revalidatePath(`/${locale}/partnerships/${id}`);
      redirect(`/${locale}/partnerships/${id}?workspace=saved#projects`);
    },
  });
}

/** A member who writes changes one of the partnership's joint projects (another partnership's is not found). */
export async function updateProjectAction(partnershipId: number, projectId: number, _previous: ProjectFormState, form: FormData): Promise<ProjectFormState> {
  const locale = await getLocale();
  const id = idOf(partnershipId);
  return runAction(form, {
    name: "joint project",
    form: projectForm,
    call: (principal, input) => updateProject(principal, id, idOf(projectId), input),
    expected: { forbidden: "forbidden", notFound: "notFound" },
    done: () => {
      revalidatePath(`/${locale}/partnerships/${id}`);
      redirect(`/${locale}/partnerships/${id}?workspace=saved#projects`);
    },
  });
}
