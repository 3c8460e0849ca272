namespace Majordome.Dialogs.Conversations.Information;

/// <summary>How the information conversation starts.</summary>
/// <param name="Question">The customer's question when they already asked it (typed at the menu), else null.</param>
public sealed record InformationOptions(string? Question);
