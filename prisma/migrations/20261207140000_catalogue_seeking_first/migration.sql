-- The catalogue's default order puts municipalities seeking partners first, then by name: the
-- first page is read from this index instead of sorting every published profile.
-- CreateIndex
CREATE INDEX "municipality_seeks_partners_name_en_id_idx" ON "municipality"("seeks_partners" DESC, "name_en", "id");
