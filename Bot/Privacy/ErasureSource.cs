namespace Majordome.Bot.Privacy;

/// <summary>Who asked for an erasure, as recorded.</summary>
public static class ErasureSource
{
    /// <summary>The customer, in the conversation.</summary>
    public const string Customer = "customer";

    /// <summary>An admin, in the team console.</summary>
    public const string Console = "console";

    /// <summary>An operator, with the <c>privacy erase</c> command.</summary>
    public const string Cli = "cli";
}
