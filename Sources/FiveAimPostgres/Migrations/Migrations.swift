/// A numbered, append-only schema change, recorded in `fiveaim.schema_migrations` once applied.
///
/// Shipped migrations never change: a new schema version is a new migration at the end.
public struct Migration: Sendable {
    /// Its number: migrations run in this order, each once.
    public var version: Int
    /// A short name, recorded with the version.
    public var name: String
    /// The DDL (static text of the program, run as one script inside the migration's transaction).
    var script: String
}

extension Migration {
    /// Every migration, in order.
    public static let all: [Migration] = [tables, roles, traineeSessionsLine, twoPsychologistSessions, rowLevelSecurity, outreachSites]

    /// The schema version this fiveaim writes and reads.
    public static var latestVersion: Int { all.last!.version }

    /// 1: the contract's tables, the import log.
    static let tables = Migration(
        version: 1, name: "contract tables and import log",
        script: """
            CREATE TABLE fiveaim.networks (
                network       text PRIMARY KEY,
                name          text NOT NULL,
                target_group  text NOT NULL CHECK (target_group IN ('adult', 'child', 'all')),
                region        text NOT NULL CHECK (region IN ('VL', 'W', 'BXL', 'DG'))
            );
            COMMENT ON TABLE fiveaim.networks IS 'The networks in force when an imported dataset had its own networks.csv; empty: the list shipped with fiveaim.';

            CREATE TABLE fiveaim.tariffs (
                year             integer NOT NULL,
                pseudocode       integer NOT NULL,
                amount_eur       numeric(14, 2) NOT NULL CHECK (amount_eur >= 0),
                copay_bim_eur    numeric(14, 2) NOT NULL CHECK (copay_bim_eur >= 0),
                copay_other_eur  numeric(14, 2) NOT NULL CHECK (copay_other_eur >= 0),
                PRIMARY KEY (year, pseudocode)
            );
            COMMENT ON TABLE fiveaim.tariffs IS 'Tariffs of imported tariffs.csv files; they replace the shipped tariffs for the years they cover.';

            CREATE TABLE fiveaim.population (
                network         text NOT NULL,
                year            integer NOT NULL,
                population      bigint NOT NULL CHECK (population >= 0),
                population_bim  bigint NOT NULL CHECK (population_bim >= 0 AND population_bim <= population),
                PRIMARY KEY (network, year)
            );

            CREATE TABLE fiveaim.activity (
                network     text NOT NULL,
                month       date NOT NULL CHECK (extract(day FROM month) = 1),
                pseudocode  integer NOT NULL,
                age_band    text NOT NULL CHECK (age_band IN ('0-11', '12-14', '15-17', '18-23', '24-64', '65+', 'unknown')),
                bim         text NOT NULL CHECK (bim IN ('yes', 'no', 'unknown')),
                units       bigint NOT NULL CHECK (units >= 0),
                PRIMARY KEY (network, month, pseudocode, age_band, bim)
            );

            CREATE TABLE fiveaim.group_sessions (
                network   text NOT NULL,
                month     date NOT NULL CHECK (extract(day FROM month) = 1),
                function  text NOT NULL CHECK (function IN ('1', '2', '3')),
                sessions  bigint NOT NULL CHECK (sessions >= 0),
                PRIMARY KEY (network, month, function)
            );

            CREATE TABLE fiveaim.operating_costs (
                network     text NOT NULL,
                month       date NOT NULL CHECK (extract(day FROM month) = 1),
                pseudocode  integer NOT NULL,
                amount_eur  numeric(14, 2) NOT NULL CHECK (amount_eur >= 0),
                PRIMARY KEY (network, month, pseudocode)
            );

            CREATE TABLE fiveaim.beneficiaries (
                network        text NOT NULL,
                year           integer NOT NULL,
                function       text NOT NULL CHECK (function IN ('2', '3', 'all')),
                age_band       text NOT NULL CHECK (age_band IN ('0-11', '12-14', '15-17', '18-23', '24-64', '65+', 'unknown')),
                bim            text NOT NULL CHECK (bim IN ('yes', 'no', 'unknown')),
                beneficiaries  bigint NOT NULL CHECK (beneficiaries >= 0),
                PRIMARY KEY (network, year, function, age_band, bim)
            );

            CREATE TABLE fiveaim.waits (
                network   text NOT NULL,
                month     date NOT NULL CHECK (extract(day FROM month) = 1),
                function  text NOT NULL CHECK (function IN ('2', '3')),
                age_band  text NOT NULL CHECK (age_band IN ('0-11', '12-14', '15-17', '18-23', '24-64', '65+', 'unknown')),
                bucket    text NOT NULL CHECK (bucket IN ('0-7', '8-14', '15-30', '31-60', '61-90', '91+', 'unknown')),
                count     bigint NOT NULL CHECK (count >= 0),
                PRIMARY KEY (network, month, function, age_band, bucket)
            );

            CREATE TABLE fiveaim.budget (
                network     text NOT NULL,
                year        integer NOT NULL,
                line        text NOT NULL CHECK (line IN ('care_base', 'art8_outreach', 'eating_disorders', 'prisons', 'provider_recruitment', 'operating', 'training')),
                amount_eur  numeric(14, 2) NOT NULL CHECK (amount_eur >= 0),
                PRIMARY KEY (network, year, line)
            );

            CREATE TABLE fiveaim.outcomes (
                network       text NOT NULL,
                year          integer NOT NULL,
                function      text NOT NULL CHECK (function IN ('1', '2', '3')),
                instrument    text NOT NULL,
                pairs         bigint NOT NULL CHECK (pairs >= 0),
                improved      bigint NOT NULL CHECK (improved >= 0),
                unchanged     bigint NOT NULL CHECK (unchanged >= 0),
                deteriorated  bigint NOT NULL CHECK (deteriorated >= 0),
                recovered     bigint CHECK (recovered >= 0 AND recovered <= improved),
                CHECK (improved + unchanged + deteriorated <= pairs),
                PRIMARY KEY (network, year, function, instrument)
            );

            CREATE TABLE fiveaim.experience (
                network      text NOT NULL,
                year         integer NOT NULL,
                instrument   text NOT NULL,
                respondents  bigint NOT NULL CHECK (respondents >= 0),
                satisfied    bigint NOT NULL CHECK (satisfied >= 0 AND satisfied <= respondents),
                PRIMARY KEY (network, year, instrument)
            );

            CREATE TABLE fiveaim.workforce (
                network               text NOT NULL,
                year                  integer NOT NULL,
                providers             bigint NOT NULL CHECK (providers >= 0),
                fte                   numeric(14, 2) CHECK (fte >= 0),
                trained               bigint NOT NULL CHECK (trained >= 0 AND trained <= providers),
                intervision_sessions  bigint NOT NULL CHECK (intervision_sessions >= 0),
                providers_surveyed    bigint NOT NULL CHECK (providers_surveyed >= 0 AND providers_surveyed <= providers),
                providers_satisfied   bigint NOT NULL CHECK (providers_satisfied >= 0 AND providers_satisfied <= providers_surveyed),
                PRIMARY KEY (network, year)
            );

            CREATE TABLE fiveaim.imports (
                import_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                imported_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
                imported_by        text NOT NULL DEFAULT current_user,
                source             text NOT NULL,
                run_month          text NOT NULL,
                networks_replaced  boolean NOT NULL,
                tariff_years       integer[] NOT NULL
            );
            COMMENT ON TABLE fiveaim.imports IS 'One row per committed fiveaim db import.';

            CREATE TABLE fiveaim.import_files (
                import_id   bigint NOT NULL REFERENCES fiveaim.imports,
                file        text NOT NULL,
                table_name  text NOT NULL,
                sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
                bytes       bigint NOT NULL,
                rows        bigint NOT NULL,
                PRIMARY KEY (import_id, file)
            );

            CREATE TABLE fiveaim.import_tables (
                import_id      bigint NOT NULL REFERENCES fiveaim.imports,
                table_name     text NOT NULL,
                rows_deleted   bigint NOT NULL,
                rows_inserted  bigint NOT NULL,
                PRIMARY KEY (import_id, table_name)
            );

            CREATE TABLE fiveaim.import_networks (
                import_id  bigint NOT NULL REFERENCES fiveaim.imports,
                network    text NOT NULL,
                PRIMARY KEY (import_id, network)
            );
            CREATE INDEX import_networks_network ON fiveaim.import_networks (network, import_id);
            """)

    /// 2: the committee's roles. `fiveaim_reader` reads; `fiveaim_writer` also imports.
    /// Both are NOLOGIN group roles: an administrator grants them to login roles
    /// (`GRANT fiveaim_reader TO alice`). Where the migrating role may not create roles, the
    /// roles are left for an administrator (docs/database.md) and the grants are skipped.
    static let roles = Migration(
        version: 2, name: "reader and writer roles",
        script: """
            DO $roles$
            BEGIN
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_reader') THEN
                        CREATE ROLE fiveaim_reader NOLOGIN;
                    END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                          WHEN insufficient_privilege THEN RAISE WARNING 'fiveaim: cannot create role fiveaim_reader; see docs/database.md';
                END;
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_writer') THEN
                        CREATE ROLE fiveaim_writer NOLOGIN;
                    END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                          WHEN insufficient_privilege THEN RAISE WARNING 'fiveaim: cannot create role fiveaim_writer; see docs/database.md';
                END;
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_reader') THEN
                    GRANT USAGE ON SCHEMA fiveaim TO fiveaim_reader;
                    GRANT SELECT ON ALL TABLES IN SCHEMA fiveaim TO fiveaim_reader;
                    ALTER DEFAULT PRIVILEGES IN SCHEMA fiveaim GRANT SELECT ON TABLES TO fiveaim_reader;
                END IF;
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_writer') THEN
                    GRANT USAGE ON SCHEMA fiveaim TO fiveaim_writer;
                    GRANT SELECT, INSERT, DELETE ON ALL TABLES IN SCHEMA fiveaim TO fiveaim_writer;
                    REVOKE INSERT, DELETE ON fiveaim.schema_migrations FROM fiveaim_writer;
                    ALTER DEFAULT PRIVILEGES IN SCHEMA fiveaim GRANT SELECT, INSERT, DELETE ON TABLES TO fiveaim_writer;
                END IF;
            END
            $roles$;
            """)

    /// The 2024–2025 budget line `trainee_sessions` (art. 14 §1 b a. of 2024): which years a line exists for is checked
    /// when a dataset is read (`reference/budget_lines.csv`); the table only lists the lines that exist in some year.
    static let traineeSessionsLine = Migration(
        version: 3, name: "budget line trainee_sessions",
        script: """
            ALTER TABLE fiveaim.budget DROP CONSTRAINT IF EXISTS budget_line_check;
            ALTER TABLE fiveaim.budget ADD CONSTRAINT budget_line_check CHECK (line IN ('care_base', 'trainee_sessions', 'art8_outreach',
                'eating_disorders', 'prisons', 'provider_recruitment', 'operating', 'training'));
            """)

    /// 4: data contract 1.1, `group_sessions.sessions_two_psychologists` (art. 15 §2 3°: each of two psychologists bills the
    /// group fee). NULL: the import's file did not report it (rows imported before this migration, or without the column).
    static let twoPsychologistSessions = Migration(
        version: 4, name: "group sessions led by two psychologists",
        script: """
            ALTER TABLE fiveaim.group_sessions
                ADD COLUMN sessions_two_psychologists bigint,
                ADD CONSTRAINT group_sessions_two_psychologists_within_sessions
                    CHECK (sessions_two_psychologists >= 0 AND sessions_two_psychologists <= sessions);
            COMMENT ON COLUMN fiveaim.group_sessions.sessions_two_psychologists IS 'Sessions of the row led by two psychologists/orthopedagogues (art. 15 §2 3°); NULL when the imported file did not report them.';
            """)

    /// 5: row-level security (issue 18). `fiveaim.role_networks` maps a login role to the networks it coordinates;
    /// every data table gets RLS, FORCED so that the schema's owner obeys it too (the owner counts as the loader).
    /// A mapped role (group `fiveaim_coordinator`) reads and writes its networks' rows and reads the national `BE` rows;
    /// `fiveaim_reader` (the committee) reads every row; `fiveaim_writer` (the loader) and the owner read and write every
    /// row; networks and tariffs are read by all, written by the loader. The import log shows each role its own imports;
    /// the committee and the loader see all. Superusers bypass RLS (PostgreSQL's rule). A later migration adding a table
    /// with a `network` column must give it the same policies (default privileges let the loader write it).
    static let rowLevelSecurity = Migration(
        version: 5, name: "row-level security per network",
        script: """
            CREATE TABLE fiveaim.role_networks (
                role     name NOT NULL,
                network  text NOT NULL CHECK (network ~ '^[A-Z0-9][A-Z0-9-]{0,23}$' AND network <> 'BE'),
                PRIMARY KEY (role, network)
            );
            COMMENT ON TABLE fiveaim.role_networks IS 'Which networks a coordinator''s login role may read and import (fiveaim db grant --network).';

            -- Whether the current role may read every network: the committee, the loader, the schema's owner.
            CREATE FUNCTION fiveaim.reads_all_networks() RETURNS boolean LANGUAGE plpgsql STABLE
                SET search_path = pg_catalog AS $f$
            BEGIN
                RETURN pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'fiveaim'), 'USAGE')
                    OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_writer') AND pg_has_role(current_user, 'fiveaim_writer', 'USAGE'))
                    OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_reader') AND pg_has_role(current_user, 'fiveaim_reader', 'USAGE'));
            END
            $f$;

            -- Whether the current role may write every network, the networks and the tariffs: the loader, the schema's owner.
            CREATE FUNCTION fiveaim.writes_all_networks() RETURNS boolean LANGUAGE plpgsql STABLE
                SET search_path = pg_catalog AS $f$
            BEGIN
                RETURN pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'fiveaim'), 'USAGE')
                    OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_writer') AND pg_has_role(current_user, 'fiveaim_writer', 'USAGE'));
            END
            $f$;

            ALTER TABLE fiveaim.role_networks ENABLE ROW LEVEL SECURITY;
            ALTER TABLE fiveaim.role_networks FORCE ROW LEVEL SECURITY;
            CREATE POLICY own_or_all_read ON fiveaim.role_networks FOR SELECT
                USING (role = current_user OR (SELECT fiveaim.reads_all_networks()));
            CREATE POLICY owner_writes ON fiveaim.role_networks FOR ALL
                USING (pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'fiveaim'), 'USAGE'))
                WITH CHECK (pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'fiveaim'), 'USAGE'));

            DO $rls$
            DECLARE
                data_table text;
                readable constant text := '(network = ''BE'' OR (SELECT fiveaim.reads_all_networks()) OR network IN (SELECT rn.network FROM fiveaim.role_networks rn WHERE rn.role = current_user))';
                writable constant text := '((SELECT fiveaim.writes_all_networks()) OR network IN (SELECT rn.network FROM fiveaim.role_networks rn WHERE rn.role = current_user))';
            BEGIN
                FOREACH data_table IN ARRAY ARRAY['population', 'activity', 'group_sessions', 'operating_costs', 'beneficiaries', 'waits',
                                                   'budget', 'outcomes', 'experience', 'workforce'] LOOP
                    EXECUTE format('ALTER TABLE fiveaim.%I ENABLE ROW LEVEL SECURITY', data_table);
                    EXECUTE format('ALTER TABLE fiveaim.%I FORCE ROW LEVEL SECURITY', data_table);
                    EXECUTE format('CREATE POLICY network_read ON fiveaim.%I FOR SELECT USING %s', data_table, readable);
                    EXECUTE format('CREATE POLICY network_insert ON fiveaim.%I FOR INSERT WITH CHECK %s', data_table, writable);
                    EXECUTE format('CREATE POLICY network_update ON fiveaim.%I FOR UPDATE USING %s WITH CHECK %s', data_table, writable, writable);
                    EXECUTE format('CREATE POLICY network_delete ON fiveaim.%I FOR DELETE USING %s', data_table, writable);
                END LOOP;
                FOREACH data_table IN ARRAY ARRAY['networks', 'tariffs'] LOOP
                    EXECUTE format('ALTER TABLE fiveaim.%I ENABLE ROW LEVEL SECURITY', data_table);
                    EXECUTE format('ALTER TABLE fiveaim.%I FORCE ROW LEVEL SECURITY', data_table);
                    EXECUTE format('CREATE POLICY everyone_reads ON fiveaim.%I FOR SELECT USING (true)', data_table);
                    EXECUTE format('CREATE POLICY loader_inserts ON fiveaim.%I FOR INSERT WITH CHECK ((SELECT fiveaim.writes_all_networks()))', data_table);
                    EXECUTE format('CREATE POLICY loader_updates ON fiveaim.%I FOR UPDATE USING ((SELECT fiveaim.writes_all_networks())) WITH CHECK ((SELECT fiveaim.writes_all_networks()))', data_table);
                    EXECUTE format('CREATE POLICY loader_deletes ON fiveaim.%I FOR DELETE USING ((SELECT fiveaim.writes_all_networks()))', data_table);
                END LOOP;
                FOREACH data_table IN ARRAY ARRAY['import_files', 'import_tables', 'import_networks'] LOOP
                    EXECUTE format('ALTER TABLE fiveaim.%I ENABLE ROW LEVEL SECURITY', data_table);
                    EXECUTE format('ALTER TABLE fiveaim.%I FORCE ROW LEVEL SECURITY', data_table);
                    EXECUTE format('CREATE POLICY own_import_read ON fiveaim.%I FOR SELECT USING (import_id IN (SELECT i.import_id FROM fiveaim.imports i))', data_table);
                    EXECUTE format('CREATE POLICY own_import_insert ON fiveaim.%I FOR INSERT WITH CHECK (import_id IN (SELECT i.import_id FROM fiveaim.imports i WHERE i.imported_by = current_user))', data_table);
                END LOOP;
            END
            $rls$;

            ALTER TABLE fiveaim.imports ENABLE ROW LEVEL SECURITY;
            ALTER TABLE fiveaim.imports FORCE ROW LEVEL SECURITY;
            CREATE POLICY own_or_all_read ON fiveaim.imports FOR SELECT USING (imported_by = current_user OR (SELECT fiveaim.reads_all_networks()));
            CREATE POLICY own_insert ON fiveaim.imports FOR INSERT WITH CHECK (imported_by = current_user);

            DO $roles$
            BEGIN
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_coordinator') THEN
                        CREATE ROLE fiveaim_coordinator NOLOGIN;
                    END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                          WHEN insufficient_privilege THEN RAISE WARNING 'fiveaim: cannot create role fiveaim_coordinator; see docs/database.md';
                END;
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_coordinator') THEN
                    GRANT USAGE ON SCHEMA fiveaim TO fiveaim_coordinator;
                    GRANT SELECT ON ALL TABLES IN SCHEMA fiveaim TO fiveaim_coordinator;
                    GRANT INSERT, DELETE ON fiveaim.population, fiveaim.activity, fiveaim.group_sessions, fiveaim.operating_costs,
                        fiveaim.beneficiaries, fiveaim.waits, fiveaim.budget, fiveaim.outcomes, fiveaim.experience, fiveaim.workforce
                        TO fiveaim_coordinator;
                    GRANT INSERT ON fiveaim.imports, fiveaim.import_files, fiveaim.import_tables, fiveaim.import_networks TO fiveaim_coordinator;
                    ALTER DEFAULT PRIVILEGES IN SCHEMA fiveaim GRANT SELECT ON TABLES TO fiveaim_coordinator;
                END IF;
                -- The mapping is the owner's (fiveaim db grant), not the loader's.
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_writer') THEN
                    REVOKE INSERT, DELETE ON fiveaim.role_networks FROM fiveaim_writer;
                END IF;
            END
            $roles$;
            """)

    /// 6: data contract 1.1, `outreach_sites` (art. 8 §2; the 2026 amendment adds employment services and the mutualities'
    /// sites). Which years a site type exists for is checked when a dataset is read (`reference/outreach_site_types.csv`);
    /// the table lists every type. Row-level security as migration 5 gives the other data tables.
    static let outreachSites = Migration(
        version: 6, name: "outreach sites by type",
        script: """
            CREATE TABLE fiveaim.outreach_sites (
                network    text NOT NULL,
                year       integer NOT NULL,
                site_type  text NOT NULL CHECK (site_type IN ('general_practice', 'school', 'youth_service', 'social_service', 'employment_service', 'mutuality', 'community_centre', 'other')),
                sites      bigint NOT NULL CHECK (sites >= 0),
                sessions   bigint NOT NULL CHECK (sessions >= 0 AND (sites > 0 OR sessions = 0)),
                PRIMARY KEY (network, year, site_type)
            );
            COMMENT ON TABLE fiveaim.outreach_sites IS 'Outreach sites (lieux d''accroche) and sessions held there, by network, year and site type (art. 8 §2).';

            ALTER TABLE fiveaim.outreach_sites ENABLE ROW LEVEL SECURITY;
            ALTER TABLE fiveaim.outreach_sites FORCE ROW LEVEL SECURITY;
            CREATE POLICY network_read ON fiveaim.outreach_sites FOR SELECT
                USING (network = 'BE' OR (SELECT fiveaim.reads_all_networks())
                       OR network IN (SELECT rn.network FROM fiveaim.role_networks rn WHERE rn.role = current_user));
            CREATE POLICY network_insert ON fiveaim.outreach_sites FOR INSERT
                WITH CHECK ((SELECT fiveaim.writes_all_networks())
                            OR network IN (SELECT rn.network FROM fiveaim.role_networks rn WHERE rn.role = current_user));
            CREATE POLICY network_update ON fiveaim.outreach_sites FOR UPDATE
                USING ((SELECT fiveaim.writes_all_networks())
                       OR network IN (SELECT rn.network FROM fiveaim.role_networks rn WHERE rn.role = current_user))
                WITH CHECK ((SELECT fiveaim.writes_all_networks())
                            OR network IN (SELECT rn.network FROM fiveaim.role_networks rn WHERE rn.role = current_user));
            CREATE POLICY network_delete ON fiveaim.outreach_sites FOR DELETE
                USING ((SELECT fiveaim.writes_all_networks())
                       OR network IN (SELECT rn.network FROM fiveaim.role_networks rn WHERE rn.role = current_user));

            DO $roles$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_coordinator') THEN
                    GRANT SELECT, INSERT, DELETE ON fiveaim.outreach_sites TO fiveaim_coordinator;
                END IF;
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_reader') THEN
                    GRANT SELECT ON fiveaim.outreach_sites TO fiveaim_reader;
                END IF;
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiveaim_writer') THEN
                    GRANT SELECT, INSERT, DELETE ON fiveaim.outreach_sites TO fiveaim_writer;
                END IF;
            END
            $roles$;
            """)
}
