namespace Majordome.Bot.DirectLine.Postgres;

/// <summary>The SQL of Direct Line on PostgreSQL, in one place.</summary>
internal static class PostgresDirectLineSql
{
    /// <summary>The channel every instance listens on; a notification's payload is the conversation id that changed.</summary>
    internal const string Channel = "majordome_directline";

    /// <summary>Names the advisory lock that serializes the creation of these tables by instances starting together.</summary>
    internal const long SchemaLockId = 0x4D616A6F72646C;

    /// <summary>The tables: conversations (user, sequence counters, history size, last activity), their activities, used stream tokens, the shared token-signing key.</summary>
    internal const string CreateTables = """
        SELECT pg_advisory_xact_lock(@lock);
        CREATE TABLE IF NOT EXISTS directline_conversations (
            id              TEXT NOT NULL PRIMARY KEY,
            user_id         TEXT NULL,
            next_seq        INTEGER NOT NULL DEFAULT 0,
            first_seq       INTEGER NOT NULL DEFAULT 0,
            history_bytes   BIGINT NOT NULL DEFAULT 0,
            last_active_utc TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX IF NOT EXISTS directline_conversations_last_active ON directline_conversations (last_active_utc);
        CREATE TABLE IF NOT EXISTS directline_activities (
            conversation_id TEXT NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
            seq             INTEGER NOT NULL,
            activity        TEXT NOT NULL,
            bytes           INTEGER NOT NULL,
            PRIMARY KEY (conversation_id, seq)
        );
        CREATE TABLE IF NOT EXISTS directline_stream_tickets (
            nonce       TEXT NOT NULL PRIMARY KEY,
            expires_utc TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE IF NOT EXISTS directline_keys (
            name TEXT NOT NULL PRIMARY KEY,
            key  TEXT NOT NULL
        );
        """;

    /// <summary>Creates or touches the conversation; <c>xmax = 0</c> tells a fresh insert from an update.</summary>
    internal const string Start = """
        INSERT INTO directline_conversations (id, last_active_utc) VALUES (@id, @now)
        ON CONFLICT (id) DO UPDATE SET last_active_utc = excluded.last_active_utc
        RETURNING (xmax = 0);
        """;

    internal const string Exists = "SELECT EXISTS (SELECT 1 FROM directline_conversations WHERE id = @id);";

    internal const string PinUser = "UPDATE directline_conversations SET user_id = COALESCE(user_id, @user) WHERE id = @id RETURNING user_id;";

    /// <summary>
    /// One statement: takes the next sequence number (the row lock serializes the appends of one conversation, so
    /// they commit in sequence order), stores the activity and notifies every instance once it commits. No row: the
    /// conversation is unknown.
    /// </summary>
    internal const string Append = """
        WITH c AS (
            UPDATE directline_conversations
            SET next_seq = next_seq + 1, history_bytes = history_bytes + @bytes, last_active_utc = @now
            WHERE id = @id
            RETURNING next_seq - 1 AS seq, next_seq - first_seq AS kept, history_bytes),
        a AS (INSERT INTO directline_activities (conversation_id, seq, activity, bytes) SELECT @id, seq, @activity, @bytes FROM c)
        SELECT seq, kept, history_bytes, pg_notify(@channel, @id) IS NULL FROM c;
        """;

    /// <summary>Drops the oldest activities beyond the caps (never the newest); run only when an append went over them.</summary>
    internal const string Trim = """
        WITH ranked AS (
            SELECT seq, bytes, row_number() OVER (ORDER BY seq DESC) AS rank, sum(bytes) OVER (ORDER BY seq DESC) AS tail
            FROM directline_activities WHERE conversation_id = @id),
        gone AS (
            DELETE FROM directline_activities a USING ranked r
            WHERE a.conversation_id = @id AND a.seq = r.seq AND r.rank > 1 AND (r.rank > @maxCount OR r.tail > @maxBytes)
            RETURNING a.seq, a.bytes)
        UPDATE directline_conversations
        SET first_seq = GREATEST(first_seq, COALESCE((SELECT max(seq) + 1 FROM gone), first_seq)),
            history_bytes = history_bytes - COALESCE((SELECT sum(bytes) FROM gone), 0)
        WHERE id = @id;
        """;

    /// <summary>One statement, one snapshot: the conversation's counter and its activities after the watermark (none: one row of nulls).</summary>
    internal const string Read = """
        SELECT c.next_seq, a.seq, a.activity
        FROM directline_conversations c
        LEFT JOIN directline_activities a ON a.conversation_id = c.id AND a.seq > @after
        WHERE c.id = @id
        ORDER BY a.seq;
        """;

    internal const string NextSequence = "SELECT next_seq FROM directline_conversations WHERE id = @id;";

    /// <summary>Removes idle conversations (their activities go with them) and wakes their streams on every instance, which then end.</summary>
    internal const string RemoveIdle = """
        WITH gone AS (DELETE FROM directline_conversations WHERE last_active_utc < @idle RETURNING id)
        SELECT pg_notify(@channel, id) IS NULL FROM gone;
        """;

    internal const string UseTicket = "INSERT INTO directline_stream_tickets (nonce, expires_utc) VALUES (@nonce, @expires) ON CONFLICT (nonce) DO NOTHING;";

    internal const string PruneTickets = "DELETE FROM directline_stream_tickets WHERE expires_utc <= @now;";

    /// <summary>The first instance's generated key wins; every instance reads it back.</summary>
    internal const string SharedKey = """
        INSERT INTO directline_keys (name, key) VALUES (@name, @key) ON CONFLICT (name) DO NOTHING;
        SELECT key FROM directline_keys WHERE name = @name;
        """;
}
