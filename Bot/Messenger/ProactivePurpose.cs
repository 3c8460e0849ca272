namespace Majordome.Bot.Messenger;

/// <summary>Why a message is sent without the customer having just written; decides which window applies.</summary>
public enum ProactivePurpose
{
    /// <summary>News about the customer's order or booking: allowed within 24 hours of their last message (UPDATE).</summary>
    Update,

    /// <summary>A person's reply from the team: allowed within 7 days with the HUMAN_AGENT tag.</summary>
    HumanAgent,
}
