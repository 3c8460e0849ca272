namespace Majordome.Dialogs.Flows.Actions;

/// <summary>A prospect's contact left in a flow, with the consent they gave and the exact text they consented to.</summary>
/// <param name="FlowId">The flow the lead came from (a product launch, for instance).</param>
/// <param name="CustomerKey">The customer (channel and user id).</param>
/// <param name="Email">The email address, or null.</param>
/// <param name="Phone">The phone number, or null.</param>
/// <param name="Name">The name the customer gave, or null.</param>
/// <param name="Consent">Whether the customer agreed to be contacted.</param>
/// <param name="ConsentText">The opt-in text the customer saw, in their language, word for word.</param>
/// <param name="Language">The customer's language.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record Lead(string FlowId, string CustomerKey, string? Email, string? Phone, string? Name, bool Consent, string ConsentText, string Language, DateTimeOffset RecordedAt);

/// <summary>A post-purchase survey answer.</summary>
/// <param name="FlowId">The survey's flow.</param>
/// <param name="CustomerKey">The customer (channel and user id).</param>
/// <param name="Rating">The score, 1 to 5.</param>
/// <param name="Comment">The customer's free comment, or null.</param>
/// <param name="Language">The customer's language.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record SurveyAnswer(string FlowId, string CustomerKey, int Rating, string? Comment, string Language, DateTimeOffset RecordedAt);
