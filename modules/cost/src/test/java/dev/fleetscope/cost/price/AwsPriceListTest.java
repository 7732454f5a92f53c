package dev.fleetscope.cost.price;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.cost.testing.Resources;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.net.Deadlines;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class AwsPriceListTest {
  @Test
  void doesNotTakeAnUnusedCapacityReservationForAnOnDemandPrice() throws Exception {
    String item = Resources.text("/price/aws-pricing-getproducts-pricelist-item-ec2-example.json");

    assertEquals(Optional.empty(), AwsPriceList.readPriceListItem(item));
  }

  @Test
  void readsOnDemandLinuxHourFromRegionOfferFileServedLikeThePublicOne() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(
          new MockResponse.Builder()
              .body(Resources.text("/price/aws-ec2-offer-file-assembled.json"))
              .build());

      List<InstancePrice> prices =
          new AwsPriceList(server.url("/"), Deadlines.DEFAULT).ec2("us-east-1");

      assertEquals(
          "/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json",
          server.takeRequest().getTarget());
      // Only the "Used" copy is an on-demand hour: c5ad.2xlarge, 8 vCPUs, 16 GiB, 0.4680000000
      // USD/h. The region
      // is the product's regionCode (the sample says us-east-1, though its location reads Africa
      // (Cape Town)).
      assertEquals(
          List.of(
              new InstancePrice(
                  Provider.AWS,
                  "us-east-1",
                  "c5ad.2xlarge",
                  new InstanceShape(8, 16, 0, ""),
                  HourlyPrice.usd(0.468))),
          prices);
    }
  }
}
