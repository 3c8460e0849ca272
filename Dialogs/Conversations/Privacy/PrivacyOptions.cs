using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Conversations.Privacy;

/// <summary>What the customer asked of their data.</summary>
/// <param name="Kind">To see it, or to have it erased.</param>
public sealed record PrivacyOptions(PrivacyRequestKind Kind);
