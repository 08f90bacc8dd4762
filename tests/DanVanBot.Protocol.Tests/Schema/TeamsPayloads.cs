namespace DanVanBot.Protocol.Tests.Schema;

/// <summary>Realistic Teams activities (shapes from the Teams docs and the Agents Playground), including fields we do not model.</summary>
internal static class TeamsPayloads
{
    public const string Message = """
    {"type":"message","id":"1485983408511","timestamp":"2026-11-21T01:10:07.437Z","localTimestamp":"2026-11-21T08:10:07.437+07:00",
     "localTimezone":"Asia/Saigon","serviceUrl":"https://smba.trafficmanager.net/apac/","channelId":"msteams",
     "from":{"id":"29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw","name":"Nguyễn Thị Bình","aadObjectId":"7faf8ab2-7e24-4c1e-9b0a-1b2a3c4d5e6f"},
     "conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:17I0kl8EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo10tVr4C7Fc6GtieTJX663WuJCc1uA83n4CZmwRMpyFw2xxs9jeIQ4E5B0y6n1d7w1hVh"},
     "recipient":{"id":"28:c9e8c047-2a74-40a2-b28a-b162d5f5327c","name":"DanVanBot"},
     "textFormat":"plain","text":"tháng này có gì đến hạn?","locale":"vi-VN",
     "entities":[{"type":"clientInfo","locale":"vi-VN","country":"VN","platform":"Android","timezone":"Asia/Saigon"},
                 {"type":"ProductInfo","id":"COPILOT"},{"type":"QuotedReply","quotedMessageId":"1485983400000","senderName":"Bot"},
                 {"type":"https://schema.org/Message","@type":"Message","@context":"https://schema.org","additionalType":["AIGeneratedContent"]}],
     "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"},"settings":{"selectedChannel":{"id":"19:x"}},"futureFlag":true},
     "attachments":[{"contentType":"text/html","content":"<p>tháng này có gì đến hạn?</p>"}],
     "someBrandNewTopLevelField":{"a":[1,2,{"b":null}]}}
    """;

    public const string ChannelMessageWithMention = """
    {"type":"message","id":"1700000000001","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams",
     "from":{"id":"29:abc","name":"Trần Văn C","aadObjectId":"11111111-2222-3333-4444-555555555555"},
     "conversation":{"isGroup":true,"conversationType":"channel","tenantId":"t1","id":"19:abc@thread.tacv2;messageid=1700000000000"},
     "recipient":{"id":"28:bot","name":"DanVanBot"},
     "text":"<at>DanVanBot</at> hạn báo cáo 6 tháng?",
     "entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"DanVanBot"},"text":"<at>DanVanBot</at>"}],
     "channelData":{"teamsChannelId":"19:abc@thread.tacv2","teamsTeamId":"19:team@thread.tacv2",
                    "channel":{"id":"19:abc@thread.tacv2"},"team":{"id":"19:team@thread.tacv2"},"tenant":{"id":"t1"}}}
    """;

    public const string ConversationUpdate = """
    {"type":"conversationUpdate","id":"f:8b7d5a8c","timestamp":"2026-11-21T01:00:00Z","serviceUrl":"http://localhost:56150/_connector","channelId":"msteams",
     "from":{"id":"29:user","aadObjectId":"a1"},"recipient":{"id":"28:bot","name":"DanVanBot"},
     "conversation":{"conversationType":"personal","tenantId":"t1","id":"a:1"},
     "membersAdded":[{"id":"29:user","aadObjectId":"a1"},{"id":"28:bot"}],
     "channelData":{"tenant":{"id":"t1"},"eventType":"teamMemberAdded"}}
    """;

    public const string InstallationUpdate = """
    {"type":"installationUpdate","action":"add","id":"f:install","serviceUrl":"https://smba.trafficmanager.net/apac/","channelId":"msteams",
     "from":{"id":"29:user","aadObjectId":"a1"},"recipient":{"id":"28:bot"},
     "conversation":{"conversationType":"personal","tenantId":"t1","id":"a:1"},
     "channelData":{"tenant":{"id":"t1"},"source":{"name":"message"}},"entities":[{"type":"clientInfo","locale":"vi-VN"}]}
    """;

    public const string Invoke = """
    {"type":"invoke","name":"adaptiveCard/action","id":"f:invoke-1","replyToId":"1700000000123","serviceUrl":"https://smba.trafficmanager.net/apac/",
     "channelId":"msteams","from":{"id":"29:user","aadObjectId":"a1"},"recipient":{"id":"28:bot"},
     "conversation":{"conversationType":"personal","tenantId":"t1","id":"a:1"},
     "value":{"action":{"type":"Action.Execute","id":"x","verb":"profile.setUnit","data":{"unitId":"u-17","extra":[1,2]}},"trigger":"manual","state":null},
     "entities":[{"type":"UnknownEntityFromTheFuture","payload":{"deep":{"deeper":[true,false]}}}],
     "channelData":{"tenant":{"id":"t1"},"source":{"name":"message"},"legacy":{"replyToId":"1:abc"}}}
    """;
}
