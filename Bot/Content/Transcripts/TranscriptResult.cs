namespace Majordome.Bot.Content.Transcripts;

/// <summary>How one transcript went: passed, or the first difference.</summary>
/// <param name="File">The transcript's file name.</param>
/// <param name="Line">The transcript line where it went wrong (0 when it passed or could not be read).</param>
/// <param name="Expected">What the line expected, as written.</param>
/// <param name="Actual">What the bot did instead.</param>
public sealed record TranscriptResult(string File, int Line = 0, string? Expected = null, string? Actual = null)
{
    /// <summary>Whether every line matched.</summary>
    public bool Passed => Expected is null;

    /// <summary>A passed transcript.</summary>
    public static TranscriptResult Pass(string file) => new(file);

    /// <summary>A failed transcript.</summary>
    public static TranscriptResult Fail(string file, int line, string expected, string actual) => new(file, line, expected, actual);
}
