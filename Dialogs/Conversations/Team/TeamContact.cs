namespace Majordome.Dialogs.Conversations.Team;

/// <summary>A way to reach a customer who could not wait for the team, with the consent they gave.</summary>
/// <param name="Email">The email address (normalized), or null.</param>
/// <param name="Phone">The phone number in E.164 form, or null.</param>
/// <param name="ConsentText">The words the customer agreed to, in their language, exactly as shown.</param>
/// <param name="ConsentedAt">When they agreed.</param>
/// <param name="Language">The customer's language.</param>
public sealed record TeamContact(string? Email, string? Phone, string ConsentText, DateTimeOffset ConsentedAt, string Language)
{
    /// <summary>The address or number, as shown to the customer and the team.</summary>
    public string Display => Email ?? Phone ?? string.Empty;
}
