namespace Majordome.Dialogs.Prompts;

/// <summary>A photo or a file a customer sent in answer to an <see cref="AttachmentPrompt"/>.</summary>
/// <param name="Url">
/// Where to fetch it: the channel's URL (Messenger's and Instagram's expire after a while: download it soon if it
/// matters), or <c>whatsapp-media:{id}</c> for WhatsApp, whose media are fetched by id with the number's token.
/// </param>
/// <param name="ContentType">Its content type as the channel says it ("image/jpeg", "image/*", "application/pdf").</param>
public sealed record ReceivedAttachment(string Url, string ContentType)
{
    /// <summary>The prefix of a WhatsApp media reference.</summary>
    public const string WhatsAppMediaPrefix = "whatsapp-media:";
}
