using System.Security.Claims;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Protocol.Tests.Hosting;

public sealed class RouteTableTests
{
    [Fact]
    public void Match_SeveralRoutesMatch_FirstDefinedWins()
    {
        var routes = new RouteTable()
            .On("specific", t => t.Activity.Text == "a", _ => Task.CompletedTask)
            .On("catch-all", _ => true, _ => Task.CompletedTask);

        Assert.Equal("specific", routes.Match(Turn("a"))?.Name);
        Assert.Equal("catch-all", routes.Match(Turn("b"))?.Name);
    }

    [Fact]
    public void On_SameNameTwice_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new RouteTable()
            .On("x", _ => true, _ => Task.CompletedTask)
            .On("x", _ => true, _ => Task.CompletedTask));

    [Fact]
    public void Match_NothingMatches_ReturnsNull() =>
        Assert.Null(new RouteTable().OnActivity(ActivityTypes.Invoke, "invoke", _ => Task.CompletedTask).Match(Turn("hi")));

    private static TurnContext Turn(string text) =>
        new(new Activity { Type = ActivityTypes.Message, Text = text }, new ClaimsIdentity(), null!, null!, CancellationToken.None);
}
