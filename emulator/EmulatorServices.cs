using AlicloudLive.Emulator.Access;
using AlicloudLive.Emulator.Faults;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator;

/// <summary>The shared pieces the RPC endpoint and the admin API both work on.</summary>
public sealed record EmulatorServices(StateStore Store, FaultBoard Faults, QpsLimiter Limiter, CallCounters Calls, AccessControl Access);
