package dev.fleetscope.cost.price;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.cost.http.CostHttp;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.model.net.Excerpt;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The AWS Price List: EC2 on-demand Linux prices from a region's offer file ({@code
 * /offers/v1.0/aws/AmazonEC2/current/REGION/index.json}, public, hundreds of MB, so streamed) or
 * from the {@code PriceList} items of the Price List Query API's GetProducts.
 */
public final class AwsPriceList implements AutoCloseable {
  public static final HttpUrl PUBLIC_OFFERS =
      HttpUrl.get("https://pricing.us-east-1.amazonaws.com/");

  /**
   * An offer file is hundreds of MB, read as it streams: the streamed deadlines, with 10 min in
   * all.
   */
  public static final Deadlines DEADLINES = Deadlines.STREAMED.withCall(Duration.ofMinutes(10));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SERVICE = "AWS Price List";

  private final CostHttp http;
  private final HttpUrl baseUrl;

  /**
   * @param deadlines of each download ({@link #DEADLINES} suits an offer file)
   */
  public AwsPriceList(HttpUrl baseUrl, Deadlines deadlines) {
    this(new CostHttp(SERVICE, deadlines), baseUrl);
  }

  private AwsPriceList(CostHttp http, HttpUrl baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
  }

  /** Cancels the download in flight. */
  @Override
  public void close() {
    http.close();
  }

  /** Downloads and reads the EC2 offer file of one region, such as {@code us-east-1}. */
  public List<InstancePrice> ec2(String region) throws IOException {
    HttpUrl url =
        baseUrl
            .newBuilder()
            .addPathSegments("offers/v1.0/aws/AmazonEC2/current")
            .addPathSegment(region)
            .addPathSegment("index.json")
            .build();
    return http.get(
        url,
        url,
        response -> {
          int status = response.code();
          if (!response.isSuccessful()) {
            throw http.status(url, status, Optional.empty(), response.body().string());
          }
          Excerpt.Head head = new Excerpt.Head(response.body().byteStream());
          try {
            return readOfferFile(head);
          } catch (JsonProcessingException e) {
            throw http.notJson(url, status, e, head.excerpt());
          } catch (NotAnOfferFile e) {
            throw http.unreadable(url, status, e.getMessage(), head.excerpt());
          }
        });
  }

  /** JSON that is not an offer file; the message is the end of "... answered HTTP 200 but ...". */
  static final class NotAnOfferFile extends IOException {
    NotAnOfferFile(String message) {
      super(message);
    }
  }

  /**
   * Reads an offer file: {@code products} by SKU, then {@code terms.OnDemand} by SKU. Products are
   * kept only when they are instance hours one can simply run; prices are kept for every on-demand
   * SKU, so the order of the two sections does not matter.
   */
  public static List<InstancePrice> readOfferFile(InputStream in) throws IOException {
    Map<String, Ec2Product> products = new HashMap<>();
    Map<String, HourlyPrice> onDemand = new HashMap<>();
    boolean sawProducts = false;
    boolean sawTerms = false;
    try (JsonParser parser = JSON.createParser(in)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT, "the offer file object");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("products")) {
          expect(value, JsonToken.START_OBJECT, "'products', an object by SKU");
          sawProducts = true;
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            JsonNode product = parser.readValueAsTree();
            Ec2Product.of(product).ifPresent(p -> products.put(p.sku(), p));
          }
        } else if (field.equals("terms")) {
          expect(value, JsonToken.START_OBJECT, "'terms', an object by term type");
          sawTerms = true;
          readTerms(parser, onDemand);
        } else {
          parser.skipChildren();
        }
      }
    }
    if (!sawProducts || !sawTerms) {
      throw new NotAnOfferFile(
          "it has no '" + (sawProducts ? "terms" : "products") + "': it is not an offer file");
    }
    List<InstancePrice> prices = new ArrayList<>();
    products
        .values()
        .forEach(
            p -> {
              HourlyPrice price = onDemand.get(p.sku());
              if (price != null) {
                prices.add(p.priced(price));
              }
            });
    return prices;
  }

  /** One {@code PriceList} item of GetProducts: a product with its terms, as a JSON string. */
  public static Optional<InstancePrice> readPriceListItem(String item) throws IOException {
    JsonNode root = JSON.readTree(item);
    Optional<Ec2Product> product = Ec2Product.of(root.path("product"));
    if (product.isEmpty()) {
      return Optional.empty();
    }
    return onDemandHour(root.path("terms").path("OnDemand").path(product.get().sku()))
        .map(product.get()::priced);
  }

  private static void readTerms(JsonParser parser, Map<String, HourlyPrice> onDemand)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String termType = parser.currentName();
      parser.nextToken();
      if (!termType.equals("OnDemand")) {
        parser.skipChildren();
        continue;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String sku = parser.currentName();
        parser.nextToken();
        JsonNode offers = parser.readValueAsTree();
        onDemandHour(offers).ifPresent(price -> onDemand.put(sku, price));
      }
    }
  }

  /**
   * The hourly USD price in a SKU's on-demand offers ({@code offerTermCode -> priceDimensions ->
   * rateCode}).
   */
  private static Optional<HourlyPrice> onDemandHour(JsonNode offers) {
    for (JsonNode offer : offers) {
      for (JsonNode dimension : offer.path("priceDimensions")) {
        JsonNode usd = dimension.path("pricePerUnit").path("USD");
        if (dimension.path("unit").asText().equals("Hrs") && usd.isTextual()) {
          return Optional.of(HourlyPrice.usd(Double.parseDouble(usd.asText())));
        }
      }
    }
    return Optional.empty();
  }

  private static void expect(JsonToken actual, JsonToken expected, String what) throws IOException {
    if (actual != expected) {
      throw new NotAnOfferFile(
          "it is not an offer file: expected "
              + what
              + " but found "
              + (actual == null
                  ? "the end"
                  : actual.asString() == null ? actual : actual.asString()));
    }
  }

  /** An EC2 product worth pricing, with the attributes that make an instance type's shape. */
  record Ec2Product(String sku, String region, String instanceType, InstanceShape shape) {
    static Optional<Ec2Product> of(JsonNode product) {
      JsonNode a = product.path("attributes");
      boolean runnableHour =
          product.path("productFamily").asText().startsWith("Compute Instance")
              && a.path("operatingSystem").asText().equals("Linux")
              && a.path("tenancy").asText().equals("Shared")
              && a.path("preInstalledSw").asText().equals("NA")
              && a.path("capacitystatus").asText("Used").equals("Used")
              && a.path("marketoption").asText("OnDemand").equals("OnDemand")
              && !a.path("regionCode").asText().isEmpty();
      if (!runnableHour) {
        return Optional.empty();
      }
      InstanceShape shape =
          new InstanceShape(
              leadingNumber(a.path("vcpu").asText()),
              leadingNumber(a.path("memory").asText()),
              (int) leadingNumber(a.path("gpu").asText()),
              "");
      return Optional.of(
          new Ec2Product(
              product.path("sku").asText(),
              a.path("regionCode").asText(),
              a.path("instanceType").asText(),
              shape));
    }

    InstancePrice priced(HourlyPrice price) {
      return new InstancePrice(Provider.AWS, region, instanceType, shape, price);
    }

    /** {@code "16 GiB"} is 16, {@code "1,952 GiB"} is 1952, {@code "NA"} or absent is 0. */
    private static double leadingNumber(String text) {
      String digits = text.replace(",", "").split(" ")[0];
      return digits.matches("\\d+(\\.\\d+)?") ? Double.parseDouble(digits) : 0;
    }
  }
}
