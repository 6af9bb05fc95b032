package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {

    @ParameterizedTest(name = "{0} public={1}")
    @CsvSource({
        "127.0.0.1,false", "127.8.9.10,false", "0.0.0.0,false", "10.1.2.3,false", "172.16.0.1,false",
        "172.31.255.255,false", "192.168.1.1,false", "169.254.169.254,false", "100.64.0.1,false", "224.0.0.1,false",
        "255.255.255.255,false", "198.18.0.1,false", "::1,false", "::,false", "fe80::1,false", "fc00::1,false",
        "fd12:3456::1,false", "ff02::1,false", "::ffff:127.0.0.1,false", "::ffff:10.0.0.1,false",
        "64:ff9b::a00:1,false", "2001:db8::1,false",
        "93.184.216.34,true", "172.32.0.1,true", "100.128.0.1,true", "2a00:1450:4001:80b::200e,true",
        "::ffff:93.184.216.34,true"})
    void classifiesAddresses(String literal, boolean expected) throws UnknownHostException {
        // Literals only: getByName does not touch DNS for them.
        assertThat(AddressPolicy.isPublic(InetAddress.getByName(literal))).isEqualTo(expected);
    }
}
