namespace Majordome.Dialogs.Conversations.Information;

/// <summary>How the information conversation starts.</summary>
/// <param name="Question">The customer's question when they already asked it (typed at the menu), else null.</param>
/// <param name="AskKey">The string that asks for the question when there is none yet; null for the usual "what would you like to know?".</param>
/// <param name="OrderNumber">The order whose status to show (the receipt's "Track my order"), else null.</param>
public sealed record InformationOptions(string? Question, string? AskKey = null, long? OrderNumber = null);
