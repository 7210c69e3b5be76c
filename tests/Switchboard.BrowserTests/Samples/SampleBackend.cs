namespace Switchboard.BrowserTests.Samples;

/// <summary>The two sample backends behind the Vue demo: the same /loginTCCC route, written twice.</summary>
public enum SampleBackend
{
    /// <summary>samples/node-backend: Express with the official tencentcloud-sdk-nodejs.</summary>
    Node,

    /// <summary>samples/aspnet-backend: a C# minimal API with Switchboard.Client.</summary>
    AspNet,
}
