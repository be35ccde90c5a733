import { csv, downloadFormat, handler, json, preflight, problem } from "@/server/open-data/http";
import { FIGURES, figure, isFigureName } from "@/server/open-data/figures";
import { figureCsv } from "@/server/open-data/figure-csv";

/** GET /api/v1/figures/{name}: one chart's figures as JSON, or a file with `download=csv|json`. */
export const GET = handler(async (request: Request, { params }: RouteContext<"/api/v1/figures/[name]">) => {
  const { name } = await params;
  if (!isFigureName(name)) return problem(404, "notFound", `No such figure; there are ${FIGURES.join(", ")}.`);
  const url = new URL(request.url);
  const download = downloadFormat(url);
  if (download === "invalid")
    return problem(400, "invalidParameter", "download must be csv or json.", {}, [{ param: "download", value: url.searchParams.get("download") }]);
  const data = await figure(name);
  if (download === "csv") {
    const { header, rows } = figureCsv(name, data);
    return csv(request, `cities4cities-${name}.csv`, header, rows);
  }
  return json(request, data, download === "json" ? { download: `cities4cities-${name}.json` } : {});
});

export const OPTIONS = preflight;
