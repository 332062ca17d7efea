package dev.saakh.server.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimSwitchesTest {
  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void offByDefaultWithTheConfiguredFormat() {
    Switches s = new Switches("XML");
    assertThat(s.now()).isEqualTo(Switches.State.off("xml"));
    assertThat(s.now().xml()).isTrue();
  }

  @Test
  void updateSetsOnlyWhatItNamesAndResetTurnsAllOff() {
    Switches s = new Switches("json");
    s.update(json("{\"timeout\": true, \"fetch_status\": 410}"));
    Switches.State st =
        s.update(json("{\"clock_skew_minutes\": -20, \"deposit_format\": \"xml\"}"));
    assertThat(st.timeout()).isTrue();
    assertThat(st.fetchStatus()).isEqualTo(410);
    assertThat(st.clockSkewMinutes()).isEqualTo(-20);
    assertThat(st.xml()).isTrue();
    assertThat(st.partial()).isFalse();
    assertThat(s.reset()).isEqualTo(Switches.State.off("json"));
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    Switches s = new Switches("json");
    s.update(json("{\"partial\": true}"));
    Switches.State before = s.now();
    assertThatThrownBy(() -> s.update(json("{\"partial\": false, \"nope\": true}")))
        .hasMessageContaining("unknown switches [nope]");
    assertThatThrownBy(() -> s.update(json("{\"fetch_status\": 500}")))
        .hasMessageContaining("fetch_status 500");
    assertThatThrownBy(() -> s.update(json("{\"deposit_format\": \"csv\"}")))
        .hasMessageContaining("deposit_format 'csv'");
    assertThatThrownBy(() -> s.update(json("{\"timeout\": \"yes\"}")))
        .hasMessageContaining("timeout must be boolean");
    assertThatThrownBy(() -> s.update(json("[1]"))).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> s.update(json("{oops"))).hasMessageContaining("not JSON");
    assertThat(s.now()).isEqualTo(before);
  }

  @Test
  void theGuardRefusesProd() {
    SimulatorGuard.check(new String[] {"demo"});
    assertThatThrownBy(() -> SimulatorGuard.check(new String[] {"demo", "prod"}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("saakh.simulator.enabled");
  }
}
