-- Membership of the Cities4Cities network, as data on the municipality: since when it is a member
-- (null: not a member). Written by coordinators through the partnership import.

-- AlterTable
ALTER TABLE "municipality" ADD COLUMN     "network_member_since" DATE;
