namespace Majordome.Cards.Validation;

/// <summary>The limits and rules <see cref="CardLimitsChecker"/> enforces.</summary>
public enum CardRule
{
    /// <summary>The root is not an AdaptiveCard of version 1.5.</summary>
    Version,

    /// <summary>An element or action has no "type".</summary>
    MissingType,

    /// <summary>The card is larger than <see cref="CardLimits.MaxPayloadBytes"/> (UTF-8) or <see cref="CardLimits.MaxPayloadUtf16Bytes"/> (UTF-16).</summary>
    PayloadTooLarge,

    /// <summary>An actions list holds more than <see cref="CardLimits.MaxActions"/> actions.</summary>
    TooManyActions,

    /// <summary>A TextBlock is longer than <see cref="CardLimits.MaxTextLength"/> characters.</summary>
    TextTooLong,

    /// <summary>A TextBlock has no text (often data that did not bind).</summary>
    EmptyText,

    /// <summary>An Image has no absolute http(s) or data: url.</summary>
    ImageWithoutUrl,

    /// <summary>A button has no title.</summary>
    ActionWithoutTitle,

    /// <summary>A button title is longer than <see cref="CardLimits.MaxActionTitleLength"/> characters.</summary>
    ActionTitleTooLong,

    /// <summary>An Action.Submit or Action.Execute has no data object.</summary>
    SubmitDataNotObject,

    /// <summary>An Action.OpenUrl has no absolute url.</summary>
    OpenUrlWithoutUrl,

    /// <summary>A string still contains "${": a template was sent unbound.</summary>
    UnboundExpression,
}
