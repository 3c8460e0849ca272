namespace Majordome.Bot.Data;

/// <summary>
/// The business schema (stock, orders, bookings) as ordered migrations. Append new ones at the end; a shipped
/// migration is never edited, so every database, old or new, ends in the same shape. Money is stored in cents
/// and instants as UTC ISO-8601 text, which sort correctly as text.
/// </summary>
internal static class BusinessMigrations
{
    internal static readonly IReadOnlyList<Migration> All =
    [
        new(1, "stock and orders", """
            CREATE TABLE products (
                sku         TEXT NOT NULL PRIMARY KEY,
                stock       INTEGER NOT NULL CHECK (stock >= 0),
                updated_utc TEXT NOT NULL
            );
            CREATE TABLE orders (
                number         INTEGER PRIMARY KEY AUTOINCREMENT,
                customer_key   TEXT NOT NULL,
                language       TEXT NOT NULL,
                status         TEXT NOT NULL,
                delivery_json  TEXT NOT NULL,
                email          TEXT NOT NULL,
                payment        TEXT NOT NULL,
                delivery_cents INTEGER NOT NULL,
                placed_utc     TEXT NOT NULL
            );
            CREATE INDEX orders_by_customer ON orders (customer_key, number);
            CREATE TABLE order_lines (
                order_number     INTEGER NOT NULL REFERENCES orders (number),
                line             INTEGER NOT NULL,
                sku              TEXT NOT NULL,
                name             TEXT NOT NULL,
                unit_price_cents INTEGER NOT NULL,
                quantity         INTEGER NOT NULL CHECK (quantity > 0),
                PRIMARY KEY (order_number, line)
            );
            -- Order numbers a customer can read out: the first order is 1001.
            INSERT INTO sqlite_sequence (name, seq) VALUES ('orders', 1000);
            """),
        new(2, "tasting-table bookings", """
            CREATE TABLE bookings (
                reference    TEXT NOT NULL PRIMARY KEY,
                customer_key TEXT NOT NULL,
                boutique_id  TEXT NOT NULL,
                start_utc    TEXT NOT NULL,
                party_size   INTEGER NOT NULL CHECK (party_size > 0),
                name         TEXT NOT NULL,
                phone        TEXT NOT NULL,
                status       TEXT NOT NULL,
                created_utc  TEXT NOT NULL
            );
            CREATE INDEX bookings_by_slot ON bookings (boutique_id, start_utc, status);
            CREATE INDEX bookings_by_customer ON bookings (customer_key, start_utc);
            """),
        new(3, "what customers told the bot", """
            CREATE TABLE customer_feedback (
                id           INTEGER PRIMARY KEY AUTOINCREMENT,
                kind         TEXT NOT NULL,
                customer_key TEXT NOT NULL,
                language     TEXT NOT NULL,
                question     TEXT,
                entry_id     TEXT,
                helpful      INTEGER,
                created_utc  TEXT NOT NULL
            );
            CREATE INDEX customer_feedback_by_kind ON customer_feedback (kind, created_utc);
            """),

        // Version 4 belongs to the Messenger webhook's inbox (another branch); this one is the outbound half's.
        new(5, "Messenger customers who cannot be reached", """
            CREATE TABLE messenger_unreachable (
                channel_id  TEXT NOT NULL,
                account_id  TEXT NOT NULL,
                user_id     TEXT NOT NULL,
                reason      TEXT NOT NULL,
                marked_utc  TEXT NOT NULL,
                PRIMARY KEY (channel_id, account_id, user_id)
            );
            """),
    ];
}
