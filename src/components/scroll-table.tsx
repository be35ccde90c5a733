import type { ReactNode } from "react";

/**
 * A table that scrolls sideways in its own box when the screen is narrower than its columns
 * (WCAG 1.4.10: the page itself never scrolls sideways at 320 px). The box is a Tab stop named
 * by the caption, so a keyboard user can reach it and scroll it with the arrow keys (2.1.1).
 * `children` are the table's head and body.
 */
export function ScrollTable({
  captionId,
  caption,
  captionClassName = "py-2 text-left font-medium",
  tableClassName,
  children,
}: {
  captionId: string;
  caption: ReactNode;
  captionClassName?: string;
  /** Added to the table's own classes (full width, collapsed borders, left-aligned). */
  tableClassName?: string;
  children: ReactNode;
}) {
  return (
    // relative: a visually hidden (absolutely placed) header inside stays in the box, not past the page edge.
    <div className="relative overflow-x-auto" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={["w-full border-collapse text-left", tableClassName].filter(Boolean).join(" ")}>
        <caption id={captionId} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
