namespace Majordome.Bot.Privacy;

/// <summary>
/// Where a customer's rows live in the business database, named once for the export and the erasure. Filters use
/// <c>@customer</c> (the stored key), <c>@channel</c> and <c>@user</c> (its parts). Orders and bookings are not
/// here: the business keeps them, anonymised (<see cref="SqlCustomerErasure"/>). A table added later that holds a
/// customer's data belongs in this list.
/// </summary>
internal static class CustomerTables
{
    /// <summary>Rows deleted on erasure and exported as they are.</summary>
    internal static readonly IReadOnlyList<(string Table, string Filter)> Deleted =
    [
        ("customer_feedback", "customer_key = @customer"),
        ("flow_leads", "customer_key = @customer"),
        ("flow_survey_answers", "customer_key = @customer"),
        ("experiment_assignments", "customer_key = @customer"),
        ("experiment_events", "customer_key = @customer"),
        ("team_handoffs", "customer_key = @customer"),
        ("team_notifications", "customer_key = @customer"),
        ("proactive_jobs", "customer_key = @customer"),
        ("proactive_consents", "customer_key = @customer"),
        ("proactive_stops", "customer_key = @customer"),

        // Who waits for a sold-out product: the address to write to and the words they agreed to.
        ("stock_waiting_list", "customer_key = @customer"),
        // Links to other channels' keys, whichever side the customer is on, and the link tokens given to them.
        ("identity_links", "linked_key = @customer OR primary_key = @customer"),
        ("identity_link_tokens", "customer_key = @customer OR redeemed_by = @customer"),
        ("messenger_optins", "channel_id = @channel AND user_id = @user"),
        ("messenger_customer_activity", "channel = @channel AND user_id = @user"),
        ("messenger_unreachable", "channel_id = @channel AND user_id = @user"),

        // WhatsApp's user id is the customer's phone number, which its delivery statuses name.
        ("whatsapp_message_status", "@channel = 'whatsapp' AND recipient_id = @user"),
    ];

    /// <summary>Rows the business keeps (amounts, dates, products), exported in full and anonymised on erasure.</summary>
    internal static readonly IReadOnlyList<(string Table, string Filter)> Kept =
    [
        ("orders", "customer_key = @customer"),
        ("order_lines", "order_number IN (SELECT number FROM orders WHERE customer_key = @customer)"),
        ("bookings", "customer_key = @customer"),
    ];

    /// <summary>The filter's parameters for <paramref name="customer"/>.</summary>
    internal static (string Name, object? Value)[] Parameters(CustomerRecordKey customer) =>
        [("@customer", customer.Value), ("@channel", customer.Channel), ("@user", customer.UserId)];
}
