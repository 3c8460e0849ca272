namespace Majordome.Bot.Privacy;

/// <summary>
/// How an erasure record names the customer it erased, bound from the "Privacy" section. The secret belongs in the
/// environment (<c>Privacy__ErasureRecordSecret</c>), never in appsettings.json.
/// </summary>
public sealed class ErasureRecordOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Privacy";

    /// <summary>
    /// Mixed into the hash an erasure record keeps, the same on every instance and kept for as long as the records
    /// are: with it, a copy of the database alone cannot tell whose records they are, even for keys as guessable as
    /// a phone number. Empty (the default): the records are still slow to guess (see <see cref="ErasureRecordHash"/>).
    /// </summary>
    public string ErasureRecordSecret { get; set; } = string.Empty;
}
