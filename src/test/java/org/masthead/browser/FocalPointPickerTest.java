package org.masthead.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Position;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.account.User;
import org.masthead.common.Role;
import org.masthead.media.CreditKind;
import org.masthead.media.FocalPoint;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.support.Browser;
import org.masthead.support.Pictures;
import org.masthead.support.RunningSite;

/** Setting a picture's focal point in a real browser, by clicking on the picture. */
class FocalPointPickerTest {
    private static final String PASSWORD = "correct horse battery";

    private RunningSite site;
    private Browser browser;
    private Image picture;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        var accounts = site.magazine().accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        User editor = accounts.add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        picture = site.magazine().media().upload(editor.asActor(""), "quay.jpg", Pictures.jpeg(800, 400),
                new ImageDetails("Cranes over the quay", "", CreditKind.PHOTO, "Ann Photographer", null, Licence.CC_BY_4_0));
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.close();
        site.close();
    }

    private Page pictureScreen() {
        Page page = browser.newContext().newPage();
        page.navigate(site.http().base().resolve("/admin/sign-in").toString());
        page.getByLabel("Email address").fill("ed@example.org");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).containsText("Hello");
        page.navigate(site.http().base().resolve("/admin/media/" + picture.id()).toString());
        return page;
    }

    @Test
    void clicking_on_the_picture_sets_its_focal_point_which_the_save_button_keeps() {
        Page page = pictureScreen();
        Locator img = page.locator("img[data-focal-form]");
        var box = img.boundingBox();

        img.click(new Locator.ClickOptions().setPosition(new Position(box.width * 0.25, box.height * 0.75)));

        assertThat(page.getByLabel("Across (%)")).hasValue("25");
        assertThat(page.getByLabel("Down (%)")).hasValue("75");
        assertThat(page.locator(".focal-frame")).hasClass(java.util.regex.Pattern.compile("focal-x-25 focal-y-75"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the focal point")).click();
        assertThat(page.locator(".notice")).hasText("The focal point is saved.");
        assertThat(site.magazine().media().find(picture.id()).focus()).isEqualTo(new FocalPoint(25, 75));
    }
}
