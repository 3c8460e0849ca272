using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// Asks for a photo or a file (Bot Framework's <c>AttachmentPrompt</c>): the first media the message carries
/// (image, video, audio or document) is the answer. A text, a sticker, a location or a shared post is not: the
/// customer is told how to send a photo and asked again.
/// </summary>
public class AttachmentPrompt : Prompt<ReceivedAttachment>
{
    private static readonly string[] MediaFamilies = ["image/", "video/", "audio/", "application/", "text/"];

    /// <summary>Creates an attachment prompt.</summary>
    public AttachmentPrompt(string dialogId, PromptValidator<ReceivedAttachment>? validator = null, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
    }

    /// <inheritdoc />
    protected override string RetryHintKey => "prompt.attachment.retry";

    /// <inheritdoc />
    protected override string HelpKey => "prompt.attachment.help";

    /// <summary>The media <paramref name="activity"/> carries, or null when it carries none.</summary>
    public static ReceivedAttachment? Find(IActivity? activity)
    {
        foreach (var attachment in (activity as IMessageActivity)?.Attachments ?? [])
        {
            var type = attachment.ContentType ?? string.Empty;

            // Platform-specific things (stickers, locations, shared posts, cards) are not a file the customer sent.
            if (!MediaFamilies.Any(f => type.StartsWith(f, StringComparison.OrdinalIgnoreCase)) || type.Contains("vnd.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Uri.TryCreate(attachment.ContentUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                return new ReceivedAttachment(url.ToString(), type);
            }

            if (attachment.Content is JObject { } content && content.Value<string>("id") is { Length: > 0 } id)
            {
                return new ReceivedAttachment(ReceivedAttachment.WhatsAppMediaPrefix + id, type);
            }
        }

        return null;
    }

    /// <summary>
    /// A sticker, a location or a shared post is the wrong kind of attachment, not a message the bot cannot read:
    /// this question answers it itself (how to send a photo), rather than the shared-content policy's "I can only
    /// read text here", which would be false at a question that asks for a photo.
    /// </summary>
    public override async Task<AnswerMatch> RecognizeAnswerAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var match = await base.RecognizeAnswerAsync(dc, instance, cancellationToken).ConfigureAwait(false);
        return match == AnswerMatch.None && (dc.Context.Activity as IMessageActivity)?.Attachments is { Count: > 0 } ? AnswerMatch.Possible : match;
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<ReceivedAttachment>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Task.FromResult(Find(turnContext.Activity) is { } found
            ? PromptRecognizerResult<ReceivedAttachment>.Success(found)
            : PromptRecognizerResult<ReceivedAttachment>.Failure());
    }
}
