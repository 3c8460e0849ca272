using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>
/// Maps the handover events (pass, take, request thread control, app roles) and policy enforcement; anything else
/// is <see cref="InboundKind.Unknown"/>. Control passed to our app resumes the bot; taken or passed elsewhere pauses it.
/// </summary>
internal static class HandoverEvents
{
    public static InboundEvent Map(EventContext context)
    {
        var raw = context.Raw;
        if (raw["pass_thread_control"] is JObject pass)
        {
            var newOwner = JsonIds.Read(pass["new_owner_app_id"]);
            var ours = newOwner is not null && newOwner == context.AppId;
            return context.Event(ours ? InboundKind.ControlReceived : InboundKind.ControlLost, context.NewEvent("handover", pass.DeepClone()), null,
                $"thread control passed from app {JsonIds.Read(pass["previous_owner_app_id"]) ?? "(idle)"} to app {newOwner ?? "(default)"}");
        }

        if (raw["take_thread_control"] is JObject take)
        {
            return context.Event(InboundKind.ControlLost, context.NewEvent("handover", take.DeepClone()), null,
                $"thread control taken by app {JsonIds.Read(take["new_owner_app_id"]) ?? "(unknown)"}");
        }

        if (raw["request_thread_control"] is JObject request)
        {
            return context.Event(InboundKind.ControlRequested, context.NewEvent("handover", request.DeepClone()), null,
                $"thread control requested by app {JsonIds.Read(request["requested_owner_app_id"]) ?? "(unknown)"}");
        }

        if (raw["app_roles"] is JObject roles)
        {
            return context.Event(InboundKind.AppRoles, null, null, $"app roles: {string.Join(", ", roles.Properties().Select(p => $"{p.Name}={p.Value.ToString(Newtonsoft.Json.Formatting.None)}"))}");
        }

        if ((raw["policy_enforcement"] ?? raw["policy-enforcement"]) is JObject policy)
        {
            return context.Event(InboundKind.PolicyEnforcement, null, null, $"policy enforcement {JsonIds.Text(policy["action"])}: {JsonIds.Text(policy["reason"])}");
        }

        var keys = raw.Properties().Select(p => p.Name).Where(n => n is not ("sender" or "recipient" or "timestamp"));
        return context.Event(InboundKind.Unknown, null, null, $"unknown event ({string.Join(", ", keys)})");
    }
}
