namespace Majordome.Bot.Data;

/// <summary>
/// The SQL for every key of one customer (identity_links): the key itself, the primary key it is linked to, and
/// every key linked to that primary. Something a customer did under one of their keys before the keys were linked
/// (an experiment's assignment, an event) is found from any of them afterwards.
/// </summary>
internal static class CustomerKeyGroupSql
{
    /// <summary>A subquery (for <c>IN (…)</c>) of the keys of the customer whose key is the parameter <paramref name="parameter"/>.</summary>
    public static string KeysOf(string parameter) => $"""
        SELECT {parameter}
        UNION SELECT primary_key FROM identity_links WHERE linked_key = {parameter}
        UNION SELECT linked_key FROM identity_links
              WHERE primary_key = COALESCE((SELECT primary_key FROM identity_links WHERE linked_key = {parameter}), {parameter})
        """;

    /// <summary>The identity a key stands for: the primary key of <paramref name="keyColumn"/> when it is linked, else itself.</summary>
    public static string PrimaryOf(string keyColumn) =>
        $"COALESCE((SELECT primary_key FROM identity_links WHERE linked_key = {keyColumn}), {keyColumn})";
}
